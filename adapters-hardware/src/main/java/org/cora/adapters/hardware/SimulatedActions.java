package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import org.cora.domain.conductor.ActionBody;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.conductor.ActionRegistry;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;

/**
 * The action bodies a beamline needs, written against any {@link ControlPort} whose detectors
 * follow the simulated detector's addresses ({@code <prefix>:acquire_time}, {@code :acquire},
 * {@code :counts}, {@code :frame}).
 */
public final class SimulatedActions {

    public static final String COUNT = "count";
    public static final String DEFAULT_DETECTOR = "sim:det";

    /** Time allowed beyond the exposure for the detector to read out and report completion. */
    private static final Duration READOUT_ALLOWANCE = Duration.ofSeconds(10);

    private SimulatedActions() {
    }

    /** The bodies by action name, for a deployment that combines them with its own. */
    public static Map<String, ActionBody> bodies() {
        return Map.of(COUNT, SimulatedActions::count);
    }

    public static ActionRegistry registry() {
        return new ActionRegistry(bodies());
    }

    /**
     * Counts on a detector. Params: {@code detector} (a prefix, default {@code sim:det}) and
     * {@code seconds} (a number > 0, required). Sets the exposure, starts the count and waits for
     * it (up to seconds + 10 s), then reads counts and frame. Returns
     * {@code {"detector", "seconds", "counts", "frame"}}.
     *
     * <p>Action bodies may only fail with a {@link ControlException}, so bad params are refused as
     * the write they would have made: a {@link ControlWriteRejectedError} on
     * {@code <detector>:acquire_time} ({@code seconds must be > 0}), or on the raw value when
     * {@code detector} is not a string. Nothing is written then.
     */
    public static Json.Obj count(ActionContext context) throws ControlException {
        Json.Obj params = context.params();
        ControlPort port = context.controlPort();
        String detector = detector(params);
        BigDecimal seconds = seconds(params, detector + ":acquire_time");
        port.write(detector + ":acquire_time", Json.num(seconds), true, ControlPort.DEFAULT_TIMEOUT);
        port.write(detector + ":acquire", Json.num(1), true, exposure(seconds).plus(READOUT_ALLOWANCE));
        return Json.Obj.builder()
                .put("detector", detector)
                .put("seconds", Json.num(seconds))
                .put("counts", port.read(detector + ":counts").value())
                .put("frame", port.read(detector + ":frame").value())
                .build();
    }

    private static String detector(Json.Obj params) throws ControlWriteRejectedError {
        Json raw = params.get("detector").orElse(Json.str(DEFAULT_DETECTOR));
        if (!(raw instanceof Json.Str prefix) || prefix.value().isBlank()) {
            throw new ControlWriteRejectedError(raw.toJsonText(), "detector must be a non-blank address prefix");
        }
        return prefix.value();
    }

    private static BigDecimal seconds(Json.Obj params, String acquireTimeAddress) throws ControlWriteRejectedError {
        Json raw = params.get("seconds").orElse(Json.NULL);
        if (!(raw instanceof Json.Num seconds)) {
            throw new ControlWriteRejectedError(acquireTimeAddress,
                    "seconds must be > 0 (a number is required, got " + raw.toJsonText() + ")");
        }
        if (seconds.value().signum() <= 0) {
            throw new ControlWriteRejectedError(acquireTimeAddress, "seconds must be > 0");
        }
        return seconds.value();
    }

    private static Duration exposure(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.DOWN);
        return Duration.ofSeconds(whole.longValue(), seconds.subtract(whole).movePointRight(9).longValue());
    }
}
