package org.cora.adapters.hardware;

import java.util.ArrayList;
import java.util.List;

/**
 * The time-optimal travel of a motor to a target under a speed and an acceleration limit: pieces
 * of constant acceleration, starting at time 0 from the motor's position and velocity at the
 * moment it was told to go. From rest that is a trapezoid (accelerate, cruise, decelerate), or a
 * triangle when the move is too short to reach full speed. A motor already moving away from the
 * target, or too fast to stop before it, first brakes to a halt and then travels back, so a
 * retarget never jumps in position or speed. Times in seconds, positions in the motor's units.
 */
record MotionProfile(double from, List<Piece> pieces) {

    /** {@code duration} seconds of constant {@code acceleration}, from {@code start} at {@code speed}. */
    record Piece(double duration, double start, double speed, double acceleration) {

        double positionAt(double t) {
            return start + speed * t + acceleration * t * t / 2;
        }

        double speedAt(double t) {
            return speed + acceleration * t;
        }
    }

    MotionProfile {
        pieces = List.copyOf(pieces);
    }

    /** How a motor at {@code from} moving at {@code speed} (signed) reaches {@code to}. */
    static MotionProfile plan(double from, double speed, double to, MotorModel motor) {
        double a = motor.acceleration();
        List<Piece> pieces = new ArrayList<>();
        double x = from;
        double v = speed;
        double stopping = v * v / (2 * a);
        boolean movingAway = v != 0 && Math.signum(v) != Math.signum(to - x);
        if (movingAway || stopping > Math.abs(to - x)) {
            pieces.add(new Piece(Math.abs(v) / a, x, v, -Math.signum(v) * a));
            x += Math.signum(v) * stopping;
            v = 0;
        }
        pieces.addAll(approach(x, Math.abs(v), to, motor));
        return new MotionProfile(from, pieces);
    }

    /** Accelerate from {@code initialSpeed} towards the target, cruise if there is room, brake to stop on it. */
    private static List<Piece> approach(double from, double initialSpeed, double to, MotorModel motor) {
        double distance = Math.abs(to - from);
        if (distance == 0) {
            return List.of();
        }
        double a = motor.acceleration();
        double direction = Math.signum(to - from);
        double peak = Math.max(initialSpeed,
                Math.min(motor.velocity(), Math.sqrt(a * distance + initialSpeed * initialSpeed / 2)));
        double speedingUp = (peak * peak - initialSpeed * initialSpeed) / (2 * a);
        double braking = peak * peak / (2 * a);
        double cruising = Math.max(0, distance - speedingUp - braking);
        List<Piece> pieces = new ArrayList<>();
        double x = from;
        if (peak > initialSpeed) {
            pieces.add(new Piece((peak - initialSpeed) / a, x, direction * initialSpeed, direction * a));
            x += direction * speedingUp;
        }
        if (cruising > 0) {
            pieces.add(new Piece(cruising / peak, x, direction * peak, 0));
            x += direction * cruising;
        }
        pieces.add(new Piece(peak / a, x, direction * peak, -direction * a));
        return pieces;
    }

    double duration() {
        return pieces.stream().mapToDouble(Piece::duration).sum();
    }

    /** Where the motor is {@code t} seconds into the profile; past its end, where it stopped. */
    double positionAt(double t) {
        double elapsed = 0;
        double position = from;
        for (Piece piece : pieces) {
            double into = Math.min(t - elapsed, piece.duration());
            position = piece.positionAt(into);
            if (t < elapsed + piece.duration()) {
                return position;
            }
            elapsed += piece.duration();
        }
        return position;
    }

    /** The signed speed {@code t} seconds into the profile; 0 past its end. */
    double speedAt(double t) {
        double elapsed = 0;
        for (Piece piece : pieces) {
            if (t < elapsed + piece.duration()) {
                return piece.speedAt(t - elapsed);
            }
            elapsed += piece.duration();
        }
        return 0;
    }
}
