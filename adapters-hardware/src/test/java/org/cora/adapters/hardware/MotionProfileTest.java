package org.cora.adapters.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MotionProfileTest {

    private static final MotorModel MOTOR = new MotorModel(10, 50);
    private static final double EPSILON = 1e-9;

    @Test
    void aLongMoveFromRestIsATrapezoidOfSpeedingUpCruisingAndBraking() {
        MotionProfile profile = MotionProfile.plan(0, 0, 5, MOTOR);

        // 0.2 s to reach 10 units/s over 1 unit, 3 units cruising for 0.3 s, 0.2 s braking over 1 unit.
        assertThat(profile.pieces()).hasSize(3);
        assertThat(profile.duration()).isCloseTo(0.7, within(EPSILON));
        assertThat(profile.positionAt(0.2)).isCloseTo(1, within(EPSILON));
        assertThat(profile.speedAt(0.35)).isCloseTo(10, within(EPSILON));
        assertThat(profile.positionAt(0.5)).isCloseTo(4, within(EPSILON));
        assertThat(profile.positionAt(0.7)).isCloseTo(5, within(EPSILON));
    }

    @Test
    void aMoveTooShortToReachFullSpeedIsATriangle() {
        MotionProfile profile = MotionProfile.plan(2, 0, 1.5, MOTOR);

        // Half a unit: peak speed sqrt(50 * 0.5) = 5 units/s after 0.1 s, then braking for 0.1 s.
        assertThat(profile.pieces()).hasSize(2);
        assertThat(profile.duration()).isCloseTo(0.2, within(EPSILON));
        assertThat(profile.speedAt(0.1)).isCloseTo(-5, within(EPSILON));
        assertThat(profile.positionAt(1)).isCloseTo(1.5, within(EPSILON));
    }

    @Test
    void theTravelIsContinuousMonotonicAndNeverFasterThanTheMotor() {
        MotionProfile profile = MotionProfile.plan(-3, 0, 7, MOTOR);

        double previous = profile.positionAt(0);
        for (double t = 0.001; t <= profile.duration() + 0.1; t += 0.001) {
            double position = profile.positionAt(t);
            assertThat(position).isGreaterThanOrEqualTo(previous - EPSILON);
            assertThat(position - previous).isLessThanOrEqualTo(10 * 0.001 + EPSILON);
            assertThat(Math.abs(profile.speedAt(t))).isLessThanOrEqualTo(10 + EPSILON);
            previous = position;
        }
        assertThat(previous).isCloseTo(7, within(EPSILON));
        assertThat(profile.speedAt(profile.duration())).isZero();
    }

    @Test
    void aMotorAlreadyHeadingThereKeepsItsSpeedInsteadOfStopping() {
        MotionProfile profile = MotionProfile.plan(1, 10, 5, MOTOR);

        // Cruising at full speed already: 3 units of cruise (0.3 s) then 0.2 s of braking over 1 unit.
        assertThat(profile.speedAt(0)).isCloseTo(10, within(EPSILON));
        assertThat(profile.duration()).isCloseTo(0.5, within(EPSILON));
        assertThat(profile.positionAt(0.5)).isCloseTo(5, within(EPSILON));
    }

    @Test
    void aMotorMovingAwayBrakesToAHaltThenComesBack() {
        MotionProfile profile = MotionProfile.plan(4, 10, 0, MOTOR);

        // Braking from 10 units/s takes 0.2 s and 1 unit: it turns round at 5, then travels 5 units back.
        assertThat(profile.positionAt(0.2)).isCloseTo(5, within(EPSILON));
        assertThat(profile.speedAt(0.2)).isCloseTo(0, within(EPSILON));
        assertThat(profile.duration()).isCloseTo(0.2 + 0.7, within(EPSILON));
        assertThat(profile.positionAt(0.9)).isCloseTo(0, within(EPSILON));
    }

    @Test
    void aMotorTooFastToStopOnTheTargetOvershootsAndReturns() {
        MotionProfile profile = MotionProfile.plan(0, 10, 0.5, MOTOR);

        // It needs 1 unit to stop, so it stops at 1 and comes back half a unit.
        assertThat(profile.positionAt(0.2)).isCloseTo(1, within(EPSILON));
        assertThat(profile.positionAt(profile.duration())).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void aMotorAtRestOnTheTargetDoesNotMove() {
        MotionProfile profile = MotionProfile.plan(3, 0, 3, MOTOR);

        assertThat(profile.duration()).isZero();
        assertThat(profile.positionAt(1)).isEqualTo(3);
    }
}
