package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cora.domain.conductor.ActionContext;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.json.Json;

/**
 * The {@code detector_count} kind: trigger a detector and read its counts, on any control port
 * whose detectors expose {@code <prefix>:acquire_time} (seconds), {@code :acquire} (write 1 and
 * wait for completion), {@code :counts} and {@code :frame}, as the simulated detector does.
 *
 * <p>Params: {@code detector} (a prefix; default: the configured one) and {@code seconds} (a
 * number > 0; required unless configured). Sets the exposure, starts the count and waits for it
 * (up to seconds + 10 s), then reads counts and frame. Returns
 * {@code {"detector", "seconds", "counts", "frame"}}. Bad params are refused before anything is
 * written: a {@code ControlWriteRejectedError} on {@code <detector>:acquire_time}
 * ({@code seconds must be > 0}, {@code unknown param 'x'; ...}), or on the raw value when
 * {@code detector} is not a string.
 *
 * @param seconds the default exposure, or null when every step must give one
 */
record DetectorCountAction(String detector, BigDecimal seconds) implements ConfiguredAction {

    static final Set<String> PARAMS = Set.of("detector", "seconds");

    /** Time allowed beyond the exposure for the detector to read out and report completion. */
    private static final Duration READOUT_ALLOWANCE = Duration.ofSeconds(10);

    DetectorCountAction {
        Objects.requireNonNull(detector, "detector");
    }

    @Override
    public Json.Obj run(ActionContext context) throws ControlException {
        String prefix = StepParams.address(context.params(), "detector", detector, "a non-blank address prefix");
        String acquireTime = prefix + ":acquire_time";
        BigDecimal exposure = StepParams.of(context.params(), PARAMS, acquireTime)
                .number("seconds", seconds, ParamRule.POSITIVE);
        ControlPort port = context.controlPort();
        port.write(acquireTime, Json.num(exposure), true, ControlPort.DEFAULT_TIMEOUT);
        port.write(prefix + ":acquire", Json.num(1), true, duration(exposure).plus(READOUT_ALLOWANCE));
        return Json.Obj.builder()
                .put("detector", prefix)
                .put("seconds", Json.num(exposure))
                .put("counts", port.read(prefix + ":counts").value())
                .put("frame", port.read(prefix + ":frame").value())
                .build();
    }

    @Override
    public List<String> addresses() {
        return new DetectorModel(detector, BigDecimal.ZERO, null).addresses();
    }

    private static Duration duration(BigDecimal seconds) {
        BigDecimal whole = seconds.setScale(0, RoundingMode.DOWN);
        return Duration.ofSeconds(whole.longValue(), seconds.subtract(whole).movePointRight(9).longValue());
    }
}
