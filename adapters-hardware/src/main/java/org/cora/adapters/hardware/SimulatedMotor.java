package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.cora.domain.json.Json;

/**
 * The motion of one motor address. A write sets the setpoint at once (like an EPICS motor's VAL)
 * and starts a {@link MotionProfile} from wherever the motor is, at whatever speed it has; the
 * port then {@link #advance advances} it every tick, and each tick shows the position on the
 * readbacks. On arrival the readbacks show the written target exactly and every waiter is
 * released: a waited write returns when the motor comes to rest, which after a retarget is at the
 * newer target, as an EPICS put-callback does. Times are real (monotonic nanoseconds); the
 * instants passed in are the port clock's, for the readings. Called only under the port's lock.
 */
final class SimulatedMotor {

    private final SimulatedChannel setpoint;
    private final MotorModel model;
    private double position;
    private Json target;
    private MotionProfile profile;
    private long startedNanos;
    private CompletableFuture<Void> rest = CompletableFuture.completedFuture(null);
    private Future<?> ticking;

    SimulatedMotor(SimulatedChannel setpoint) {
        this.setpoint = setpoint;
        this.model = setpoint.model().motor();
        this.target = setpoint.value();
        this.position = number(target);
    }

    /** Heads for {@code newTarget} (already within the soft limits); completes when the motor is at rest. */
    CompletableFuture<Void> moveTo(Json newTarget, long nowNanos, Instant at) {
        double seconds = elapsedSeconds(nowNanos);
        double from = isMoving() ? profile.positionAt(seconds) : position;
        double speed = isMoving() ? profile.speedAt(seconds) : 0;
        target = newTarget;
        profile = MotionProfile.plan(from, speed, number(newTarget), model);
        startedNanos = nowNanos;
        position = from;
        if (rest.isDone()) {
            rest = new CompletableFuture<>();
        }
        setpoint.track(rest);
        setpoint.set(newTarget, at);
        if (profile.duration() == 0) {
            arrive(at);
        }
        return rest;
    }

    boolean isMoving() {
        return profile != null;
    }

    /** Whether a tick is still to be scheduled for the move in progress. */
    boolean needsTicking() {
        return isMoving() && ticking == null;
    }

    void ticking(Future<?> ticks) {
        ticking = ticks;
    }

    /** One tick: shows where the motor is now, or that it has arrived. */
    void advance(long nowNanos, Instant at) {
        if (!isMoving()) {
            return;
        }
        double seconds = elapsedSeconds(nowNanos);
        if (seconds >= profile.duration()) {
            arrive(at);
            return;
        }
        position = profile.positionAt(seconds);
        setpoint.showOnReadbacks(Json.num(BigDecimal.valueOf(position)), at);
    }

    private void arrive(Instant at) {
        profile = null;
        position = number(target);
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        setpoint.showOnReadbacks(target, at);
        rest.complete(null);
    }

    private double elapsedSeconds(long nowNanos) {
        return (nowNanos - startedNanos) / 1e9;
    }

    private static double number(Json value) {
        return ((Json.Num) value).value().doubleValue();
    }
}
