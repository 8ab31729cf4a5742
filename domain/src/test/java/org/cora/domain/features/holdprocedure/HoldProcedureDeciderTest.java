package org.cora.domain.features.holdprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.DECISION;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.holdRequested;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.InvalidProcedureHoldReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHoldRequested;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ProcedureStatusRefusal;
import org.cora.domain.procedure.ProcedureTransitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference 2.3 and 2.6 (hold): not-found, then the reason, then Running; strict, never idempotent. */
class HoldProcedureDeciderTest {

    private static final Json.Obj RESUME_POINT = (Json.Obj) JsonParser.parse("""
            {"re_establishment_boundary":1,"reason":"in_flight",
             "step":{"kind":"setpoint","address":"2bma:rot","value":12.5,"verify":false},
             "step_count":2,"halts_at_acquisition":false}""");

    private static HoldProcedureCommand byOperator(String reason) {
        return HoldProcedureCommand.byOperator(PROCEDURE_ID, reason);
    }

    private static HoldProcedureCommand byConductor(String reason, ActuationKind kind) {
        return new HoldProcedureCommand(PROCEDURE_ID, reason, true, kind, null, null);
    }

    private static List<ProcedureEvent> runningWith(ActuationKind priorKind) {
        List<ProcedureEvent> history = new ArrayList<>(historyIn(ProcedureStatus.Running));
        if (priorKind != null) {
            history.add(new ProcedureEvent.ProcedureHeld(PROCEDURE_ID, "earlier hold", null, NOW.minusSeconds(60),
                    priorKind, null));
            history.add(new ProcedureEvent.ProcedureResumed(PROCEDURE_ID, 0, null, NOW.minusSeconds(30)));
        }
        return history;
    }

    @Test
    void anOperatorsHoldOfAnIdleRunningProcedureHoldsItWithTheTrimmedReason() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("  vacuum lost \n"), false, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "vacuum lost", null, NOW, null, null));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Held);
        assertThat(state.pendingHoldReason()).isNull();
    }

    @Test
    void anOperatorsHoldWhileAConductorWalksIsARequestTheConductorHonoursAtTheNextBoundary() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator(" shift change "), true, NOW))
                .then(new ProcedureHoldRequested(PROCEDURE_ID, "shift change", NOW));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Running);
        assertThat(state.pendingHoldReason()).isEqualTo("shift change");
    }

    @Test
    void theConductorsOwnHoldIsImmediateEvenWhileItWalksAndCarriesTheObservedActuationKind() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byConductor("setpoint[1] x failed: E: m", ActuationKind.Physical),
                        true, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "setpoint[1] x failed: E: m", null, NOW, ActuationKind.Physical,
                        null));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Held);
        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Physical);
    }

    @Test
    void aHoldForALostConductorRecordsTheDecisionAndTheComputedResumePoint() {
        HoldProcedureCommand command = new HoldProcedureCommand(PROCEDURE_ID, "conductor lost", true,
                ActuationKind.Simulated, DECISION, RESUME_POINT);

        given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, command, false, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "conductor lost", DECISION, NOW, ActuationKind.Simulated,
                        RESUME_POINT));
    }

    @Test
    void aHoldMergesItsActuationKindIntoThePreHoldProvenance() {
        Procedure state = given(runningWith(ActuationKind.Simulated))
                .when(s -> HoldProcedureDecider.decide(s, byConductor("again", ActuationKind.Physical), true, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "again", null, NOW, ActuationKind.Physical, null));

        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Hybrid);
    }

    @Test
    void aHoldWithoutObservedActuationKeepsThePreHoldKind() {
        Procedure state = given(runningWith(ActuationKind.Simulated))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("pause"), false, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "pause", null, NOW, null, null));

        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    @Test
    void aReasonOfOneCharacterIsAccepted() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("x"), false, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "x", null, NOW, null, null));
    }

    @Test
    void aReasonOfExactly500CharactersAfterTrimmingIsAccepted() {
        String reason = "r".repeat(500);
        given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("\t" + reason + "  "), true, NOW))
                .then(new ProcedureHoldRequested(PROCEDURE_ID, reason, NOW));
    }

    @Test
    void aReasonOf501CharactersIsRefused() {
        InvalidProcedureHoldReasonError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("r".repeat(501)), false, NOW))
                .thenRefused(InvalidProcedureHoldReasonError.class);

        assertThat(error.value()).hasSize(501);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\n\t"})
    void aMissingOrBlankReasonIsRefusedEvenFromTheConductor(String reason) {
        InvalidProcedureHoldReasonError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byConductor(reason, ActuationKind.Physical), true, NOW))
                .thenRefused(InvalidProcedureHoldReasonError.class);

        assertThat(error.value()).isEqualTo(reason);
    }

    @Test
    void anUnknownProcedureIsNotFoundEvenWithoutAReason() {
        ProcedureNotFoundError error = givenNoHistory()
                .when(s -> HoldProcedureDecider.decide(s, byOperator(" "), true, NOW))
                .thenRefused(ProcedureNotFoundError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void theReasonIsCheckedBeforeTheStatus() {
        given(historyIn(ProcedureStatus.Completed))
                .when(s -> HoldProcedureDecider.decide(s, byOperator(""), false, NOW))
                .thenRefused(InvalidProcedureHoldReasonError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Running", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButRunningIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotHoldError error = given(historyIn(status))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("pause"), false, NOW))
                .thenRefused(ProcedureCannotHoldError.class);

        assertThat(error).isInstanceOf(ProcedureStatusRefusal.class);
        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
        assertThat(error.getMessage()).contains(status.name());
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Running", mode = EnumSource.Mode.EXCLUDE)
    void neitherAWalkingConductorNorTheConductorItselfCanHoldOutsideRunning(ProcedureStatus status) {
        given(historyIn(status))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("pause"), true, NOW))
                .thenRefused(ProcedureCannotHoldError.class);
        given(historyIn(status))
                .when(s -> HoldProcedureDecider.decide(s, byConductor("pause", null), true, NOW))
                .thenRefused(ProcedureCannotHoldError.class);
    }

    @Test
    void holdingAHeldProcedureAgainIsRefusedNotIgnored() {
        ProcedureCannotHoldError error = given(historyIn(ProcedureStatus.Held))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("again"), false, NOW))
                .thenRefused(ProcedureCannotHoldError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Held);
    }

    @Test
    void aSecondRequestWhileOneIsPendingReplacesItsReason() {
        List<ProcedureEvent> history = new ArrayList<>(historyIn(ProcedureStatus.Running));
        history.add(holdRequested());

        Procedure state = given(history)
                .when(s -> HoldProcedureDecider.decide(s, byOperator("end of shift"), true, NOW))
                .then(new ProcedureHoldRequested(PROCEDURE_ID, "end of shift", NOW));

        assertThat(state.pendingHoldReason()).isEqualTo("end of shift");
    }

    @Test
    void theConductorHoldingWhileARequestIsPendingEndsTheRequest() {
        List<ProcedureEvent> history = new ArrayList<>(historyIn(ProcedureStatus.Running));
        history.add(holdRequested());

        Procedure state = given(history)
                .when(s -> HoldProcedureDecider.decide(s, byConductor("shift change", null), true, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "shift change", null, NOW, null, null));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Held);
        assertThat(state.pendingHoldReason()).isNull();
    }

    @Test
    void aHeldProcedureCanOnlyLeaveByResumeAbortOrTruncateNotByStartOrComplete() {
        Procedure held = given(historyIn(ProcedureStatus.Running))
                .when(s -> HoldProcedureDecider.decide(s, byOperator("pause"), false, NOW))
                .then(new ProcedureHeld(PROCEDURE_ID, "pause", null, NOW, null, null));

        assertThat(ProcedureTransitions.STARTABLE_FROM).doesNotContain(held.status());
        assertThat(ProcedureTransitions.COMPLETABLE_FROM).doesNotContain(held.status());
        assertThat(ProcedureTransitions.JOURNAL_OPEN_IN).doesNotContain(held.status());
        assertThat(ProcedureTransitions.RESUMABLE_FROM).contains(held.status());
        assertThat(ProcedureTransitions.ABORTABLE_FROM).contains(held.status());
        assertThat(ProcedureTransitions.TRUNCATABLE_FROM).contains(held.status());
        assertThat(held.status().isTerminal()).isFalse();
    }
}
