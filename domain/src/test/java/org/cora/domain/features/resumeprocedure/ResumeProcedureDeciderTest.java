package org.cora.domain.features.resumeprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.DECISION;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.List;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ProcedureStatusRefusal;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference 2.6 (resume) and scenario 20: not-found, boundary >= 0, Held, then the parent Run. */
class ResumeProcedureDeciderTest {

    private static ResumeProcedureCommand resume(long boundary) {
        return new ResumeProcedureCommand(PROCEDURE_ID, boundary, DECISION);
    }

    @Test
    void aHeldProcedureResumesWithOneEventCarryingTheBoundaryAndTheDecision() {
        Procedure state = given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, resume(2), false, NOW))
                .then(new ProcedureResumed(PROCEDURE_ID, 2, DECISION, NOW));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Running);
        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    @Test
    void theDecisionIsOptional() {
        given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, new ResumeProcedureCommand(PROCEDURE_ID, 1, null), false, NOW))
                .then(new ProcedureResumed(PROCEDURE_ID, 1, null, NOW));
    }

    @Test
    void boundaryZeroIsValid() {
        given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), false, NOW))
                .then(new ProcedureResumed(PROCEDURE_ID, 0, DECISION, NOW));
    }

    @Test
    void theLargestIntBoundaryIsValidHereTheUpperBoundBelongsToThePinnedList() {
        given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, resume(Integer.MAX_VALUE), false, NOW))
                .then(new ProcedureResumed(PROCEDURE_ID, Integer.MAX_VALUE, DECISION, NOW));
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -2, Long.MIN_VALUE, 1L + Integer.MAX_VALUE, Long.MAX_VALUE})
    void aBoundaryOutsideZeroToMaxIntIsRefusedNamingTheValue(long boundary) {
        InvalidProcedureReEstablishmentBoundaryError error = given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, resume(boundary), false, NOW))
                .thenRefused(InvalidProcedureReEstablishmentBoundaryError.class);

        assertThat(error.value()).isEqualTo(boundary);
        assertThat(error.getMessage()).contains(Long.toString(boundary));
    }

    @Test
    void anUnknownProcedureIsNotFoundBeforeTheBoundaryIsLookedAt() {
        ProcedureNotFoundError error = givenNoHistory()
                .when(s -> ResumeProcedureDecider.decide(s, resume(-1), true, NOW))
                .thenRefused(ProcedureNotFoundError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void theBoundaryIsCheckedBeforeTheStatus() {
        given(historyIn(ProcedureStatus.Completed))
                .when(s -> ResumeProcedureDecider.decide(s, resume(-1), true, NOW))
                .thenRefused(InvalidProcedureReEstablishmentBoundaryError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Held", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButHeldIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotResumeError error = given(historyIn(status))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), false, NOW))
                .thenRefused(ProcedureCannotResumeError.class);

        assertThat(error).isInstanceOf(ProcedureStatusRefusal.class);
        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
        assertThat(error.parentRunHeld()).isFalse();
        assertThat(error.getMessage()).contains("status " + status);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Held", mode = EnumSource.Mode.EXCLUDE)
    void theStatusGuardComesBeforeTheParentRunSoANonHeldProcedureGetsTheStatusForm(ProcedureStatus status) {
        ProcedureCannotResumeError error = given(historyIn(status))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), true, NOW))
                .thenRefused(ProcedureCannotResumeError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.parentRunHeld()).isFalse();
    }

    @Test
    void aRunningProcedureUnderAHeldRunGetsTheStatusForm() {
        ProcedureCannotResumeError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), true, NOW))
                .thenRefused(ProcedureCannotResumeError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Running);
        assertThat(error.parentRunHeld()).isFalse();
        assertThat(error.getMessage()).contains("cannot resume from status Running");
    }

    @Test
    void aHeldProcedureUnderAHeldRunIsRefusedWithTheParentRunFlag() {
        ProcedureCannotResumeError error = given(historyIn(ProcedureStatus.Held))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), true, NOW))
                .thenRefused(ProcedureCannotResumeError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Held);
        assertThat(error.parentRunHeld()).isTrue();
        assertThat(error.getMessage()).contains("parent Run is held");
    }

    @Test
    void resumingARunningProcedureIsRefusedNotIgnored() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> ResumeProcedureDecider.decide(s, resume(0), false, NOW))
                .thenRefused(ProcedureCannotResumeError.class);
    }

    @Test
    void holdAndResumeMayCycleWithoutLimit() {
        List<ProcedureEvent> history = new java.util.ArrayList<>(historyIn(ProcedureStatus.Held));
        for (int cycle = 0; cycle < 5; cycle++) {
            history.addAll(ResumeProcedureDecider.decide(ProcedureEvolver.fold(history), resume(cycle), false, NOW));
            history.add(new ProcedureEvent.ProcedureHeld(PROCEDURE_ID, "cycle " + cycle, null, NOW, null, null));
        }

        assertThat(ProcedureEvolver.fold(history).status()).isEqualTo(ProcedureStatus.Held);
        assertThat(history).filteredOn(e -> e instanceof ProcedureResumed).hasSize(5);
    }

    @Test
    void theDecisionIsDeterministicForIdenticalInputs() {
        Seeded.forAll("decide(s, c, p, now) == decide(s, c, p, now)", 300, (random, i) -> {
            Procedure state = ProcedureEvolver.fold(historyIn(ProcedureStatus.Held));
            long boundary = random.nextInt(Integer.MAX_VALUE);
            UUID decision = random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong());
            ResumeProcedureCommand command = new ResumeProcedureCommand(PROCEDURE_ID, boundary, decision);

            List<ProcedureEvent> first = ResumeProcedureDecider.decide(state, command, false, NOW);
            List<ProcedureEvent> second = ResumeProcedureDecider.decide(state, command, false, NOW);

            assertThat(first).isEqualTo(second)
                    .containsExactly(new ProcedureResumed(PROCEDURE_ID, (int) boundary, decision, NOW));
        });
    }

    @Test
    void everyNegativeBoundaryIsRefused() {
        Seeded.forAll("boundary < 0 is refused", 300, (random, i) -> {
            long boundary = -1 - (random.nextLong() & Long.MAX_VALUE) % Long.MAX_VALUE;
            Procedure state = ProcedureEvolver.fold(historyIn(ProcedureStatus.Held));

            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ResumeProcedureDecider.decide(state,
                    resume(boundary), false, NOW))).isInstanceOf(InvalidProcedureReEstablishmentBoundaryError.class);
        });
    }
}
