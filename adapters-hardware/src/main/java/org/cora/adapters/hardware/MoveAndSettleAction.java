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
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;

/**
 * The {@code move_and_settle} kind: move, then wait until the readback settles within a
 * tolerance. Writes {@code position} to the setpoint, waiting for completion, then reads the
 * readback every {@code poll_ms} until {@code stable_reads} readings in a row lie within
 * {@code tolerance} of the target. Polling rather than subscribing works against any control
 * system, and also when a readback at rest sends no updates.
 *
 * <p>Params: {@code position} (a number, required) and, overriding the configured defaults,
 * {@code setpoint}, {@code readback}, {@code tolerance} (>= 0), {@code settle_timeout_s} (> 0),
 * {@code stable_reads} (whole, >= 1) and {@code poll_ms} (whole, >= 1). The settle timeout bounds
 * the whole action, the move included: a move that outlasts it fails as the write's
 * {@code ControlTimeoutError} on the setpoint (the motor keeps moving), a readback that does not
 * settle in time as a {@code ControlTimeoutError} on the readback. A Bad reading never counts as
 * settled; a readback that is not a number is a {@code ControlValueCoercionError}. Bad params are
 * refused before anything is written, as a {@code ControlWriteRejectedError} on the setpoint (or
 * on the raw value when {@code setpoint} is not a string).
 *
 * <p>Returns {@code {"setpoint", "readback", "target", "final_readback", "deviation", "tolerance",
 * "settle_s"}}: the deviation is final readback minus target, and the settle time runs from the
 * write to the last of the stable readings, in seconds of real time.
 */
record MoveAndSettleAction(Settings defaults) implements ConfiguredAction {

    static final Set<String> PARAMS = Set.of("position", "setpoint", "readback", "tolerance", "settle_timeout_s",
            "stable_reads", "poll_ms");
    static final BigDecimal DEFAULT_SETTLE_TIMEOUT_S = BigDecimal.valueOf(30);
    static final int DEFAULT_STABLE_READS = 3;
    static final int DEFAULT_POLL_MS = 50;

    /** How one move settles; every field is set. */
    record Settings(String setpoint, String readback, BigDecimal tolerance, BigDecimal settleTimeoutSeconds,
                    int stableReads, int pollMillis) {

        Settings {
            Objects.requireNonNull(setpoint, "setpoint");
            Objects.requireNonNull(readback, "readback");
            Objects.requireNonNull(tolerance, "tolerance");
            Objects.requireNonNull(settleTimeoutSeconds, "settleTimeoutSeconds");
        }

        Duration settleTimeout() {
            return Duration.ofNanos(settleTimeoutSeconds.movePointRight(9).min(BigDecimal.valueOf(Long.MAX_VALUE))
                    .longValue());
        }
    }

    MoveAndSettleAction {
        Objects.requireNonNull(defaults, "defaults");
    }

    @Override
    public Json.Obj run(ActionContext context) throws ControlException {
        String setpoint = StepParams.address(context.params(), "setpoint", defaults.setpoint(), "a non-blank address");
        StepParams params = StepParams.of(context.params(), PARAMS, setpoint);
        Settings settings = resolve(params, setpoint);
        BigDecimal target = params.number("position", null, ParamRule.ANY);
        ControlPort port = context.controlPort();
        long started = System.nanoTime();
        port.write(settings.setpoint(), Json.num(target), true, settings.settleTimeout());
        BigDecimal settled = awaitSettled(port, settings, target, started);
        return Json.Obj.builder()
                .put("setpoint", settings.setpoint())
                .put("readback", settings.readback())
                .put("target", Json.num(target))
                .put("final_readback", Json.num(settled))
                .put("deviation", Json.num(settled.subtract(target)))
                .put("tolerance", Json.num(settings.tolerance()))
                .put("settle_s", Json.num(seconds(System.nanoTime() - started)))
                .build();
    }

    @Override
    public List<String> addresses() {
        return List.of(defaults.setpoint(), defaults.readback());
    }

    private Settings resolve(StepParams params, String setpoint) throws ControlException {
        return new Settings(setpoint,
                params.address("readback", defaults.readback()),
                params.number("tolerance", defaults.tolerance(), ParamRule.NOT_NEGATIVE),
                params.number("settle_timeout_s", defaults.settleTimeoutSeconds(), ParamRule.POSITIVE),
                params.number("stable_reads", BigDecimal.valueOf(defaults.stableReads()), ParamRule.COUNT).intValueExact(),
                params.number("poll_ms", BigDecimal.valueOf(defaults.pollMillis()), ParamRule.COUNT).intValueExact());
    }

    /** The last of {@code stableReads} readings in a row within tolerance of the target. */
    private static BigDecimal awaitSettled(ControlPort port, Settings settings, BigDecimal target, long started)
            throws ControlException {
        long deadline = started + settings.settleTimeout().toNanos();
        int stable = 0;
        while (true) {
            Measurement reading = port.read(settings.readback());
            BigDecimal value = number(settings.readback(), reading);
            boolean within = reading.quality() != Quality.Bad
                    && value.subtract(target).abs().compareTo(settings.tolerance()) <= 0;
            stable = within ? stable + 1 : 0;
            if (stable >= settings.stableReads()) {
                return value;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ControlTimeoutError(settings.readback(), settings.settleTimeout());
            }
            pause(Math.min(remaining, Duration.ofMillis(settings.pollMillis()).toNanos()), settings.readback());
        }
    }

    private static BigDecimal number(String address, Measurement reading) throws ControlValueCoercionError {
        if (!(reading.value() instanceof Json.Num number)) {
            throw new ControlValueCoercionError(address, reading.value().typeName(), "number");
        }
        return number.value();
    }

    private static void pause(long nanos, String readback) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for " + readback + " to settle", e);
        }
    }

    private static BigDecimal seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).setScale(3, RoundingMode.HALF_UP);
    }
}
