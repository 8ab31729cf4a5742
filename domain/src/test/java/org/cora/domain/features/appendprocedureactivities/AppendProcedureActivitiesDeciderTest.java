package org.cora.domain.features.appendprocedureactivities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.LOGBOOK;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.holdRequested;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.resumed;
import static org.cora.domain.testing.ProcedureFixtures.started;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.InvalidStepKindError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureActivitiesLogbookOpened;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ProcedureStepsLogbookClosedError;
import org.cora.domain.testing.SequentialIdGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppendProcedureActivitiesDeciderTest {

    private static final UUID NEW_LOGBOOK = UUID.fromString("0190f5a8-7d3e-7000-8000-00000000ffff");

    private static ActivityEntry row(String stepKind) {
        return row(stepKind, "ok");
    }

    private static ActivityEntry row(String stepKind, String result) {
        Json.Obj payload = Json.Obj.builder().put("address", "2bma:rot").put("value", Json.num(12.5))
                .put("step_index", 0).put("result", result).build();
        return new ActivityEntry(SequentialIdGenerator.nth(1), stepKind, payload, NOW, null);
    }

    private static List<ProcedureEvent> runningWithAHoldPending() {
        List<ProcedureEvent> history = new ArrayList<>(historyIn(ProcedureStatus.Running));
        history.add(holdRequested());
        return history;
    }

    private static AppendProcedureActivitiesCommand append(ActivityEntry... entries) {
        return new AppendProcedureActivitiesCommand(PROCEDURE_ID, List.of(entries));
    }

    @Test
    void theFirstAppendToARunningProcedureOpensTheActivityLogbook() {
        Procedure state = given(registered(), started())
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint")), NEW_LOGBOOK, NOW))
                .then(new ProcedureActivitiesLogbookOpened(PROCEDURE_ID, NEW_LOGBOOK, NOW));

        assertThat(state.activityLogbookId()).isEqualTo(NEW_LOGBOOK);
        assertThat(state.status()).isEqualTo(ProcedureStatus.Running);
    }

    @Test
    void laterAppendsEmitNothingOnceTheLogbookIsOpen() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("check")), NEW_LOGBOOK, NOW))
                .then();
    }

    @Test
    void anEmptyBatchOpensNothing() {
        given(registered(), started())
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(), NEW_LOGBOOK, NOW))
                .then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setpoint", "action", "check", "capture"})
    void everyStepKindTheConductorRecordsIsAccepted(String stepKind) {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row(stepKind)), NEW_LOGBOOK, NOW))
                .then();
    }

    @Test
    void aRowWithAnUnknownStepKindIsRefusedNamingTheAllowedKinds() {
        InvalidStepKindError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint"), row("compute")),
                        NEW_LOGBOOK, NOW))
                .thenRefused(InvalidStepKindError.class);

        assertThat(error.value()).isEqualTo("compute");
        assertThat(error.allowed()).containsExactlyInAnyOrder("setpoint", "action", "check", "capture");
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        givenNoHistory()
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("nonsense")), NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureNotFoundError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Running", mode = EnumSource.Mode.EXCLUDE)
    void theJournalIsClosedInEveryStatusButRunning(ProcedureStatus status) {
        ProcedureStepsLogbookClosedError error = given(historyIn(status))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint")), NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureStepsLogbookClosedError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
    }

    @Test
    void theStatusIsCheckedBeforeTheStepKinds() {
        given(historyIn(ProcedureStatus.Completed))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("nonsense")), NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureStepsLogbookClosedError.class);
    }

    @Test
    void anAlreadyOpenLogbookKeepsItsId() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint")), NEW_LOGBOOK, NOW))
                .then();

        assertThat(state.activityLogbookId()).isEqualTo(LOGBOOK);
    }

    @Test
    void aRowWithoutOccurredAtTakesItsSampledAt() {
        ActivityEntry entry = new ActivityEntry(SequentialIdGenerator.nth(7), "check", Json.Obj.EMPTY, NOW, null);

        assertThat(entry.occurredAt()).isEqualTo(NOW);
    }

    @Test
    void whileAHoldIsPendingAnInFlightMarkerIsRefusedNamingTheReason() {
        ProcedureHoldPendingError error = given(runningWithAHoldPending())
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint", "in_flight")),
                        NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureHoldPendingError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
        assertThat(error.reason()).isEqualTo("shift change");
        assertThat(error.getMessage()).contains("shift change");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "failed"})
    void whileAHoldIsPendingTheOutcomeOfTheStepInProgressIsStillAccepted(String result) {
        Procedure state = given(runningWithAHoldPending())
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint", result)), NEW_LOGBOOK, NOW))
                .then();

        assertThat(state.pendingHoldReason()).isEqualTo("shift change");
    }

    @Test
    void whileAHoldIsPendingAChecksRowIsAccepted() {
        given(runningWithAHoldPending())
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("check", "ok")), NEW_LOGBOOK, NOW))
                .then();
    }

    @Test
    void aBatchHoldingAMarkerIsRefusedWholeWhileAHoldIsPending() {
        given(runningWithAHoldPending())
                .when(s -> AppendProcedureActivitiesDecider.decide(s,
                        append(row("setpoint", "ok"), row("action", "in_flight")), NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureHoldPendingError.class);
    }

    @Test
    void withoutAPendingHoldAMarkerIsAccepted() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint", "in_flight")),
                        NEW_LOGBOOK, NOW))
                .then();
    }

    @Test
    void onceTheHoldLandedAndTheProcedureResumedMarkersAreAcceptedAgain() {
        List<ProcedureEvent> history = runningWithAHoldPending();
        history.add(held(null));
        history.add(resumed(1));

        given(history)
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint", "in_flight")),
                        NEW_LOGBOOK, NOW))
                .then();
    }

    @Test
    void theStatusIsCheckedBeforeThePendingHold() {
        List<ProcedureEvent> history = runningWithAHoldPending();
        history.add(held(null));

        given(history)
                .when(s -> AppendProcedureActivitiesDecider.decide(s, append(row("setpoint", "in_flight")),
                        NEW_LOGBOOK, NOW))
                .thenRefused(ProcedureStepsLogbookClosedError.class);
    }

    @Test
    void onlyARowWhoseResultIsTheStringInFlightIsAMarker() {
        assertThat(row("setpoint", "in_flight").isInFlightMarker()).isTrue();
        assertThat(row("setpoint", "ok").isInFlightMarker()).isFalse();
        assertThat(row("setpoint", "failed").isInFlightMarker()).isFalse();
        assertThat(new ActivityEntry(SequentialIdGenerator.nth(2), "setpoint", Json.Obj.EMPTY, NOW, null)
                .isInFlightMarker()).isFalse();
        assertThat(new ActivityEntry(SequentialIdGenerator.nth(3), "setpoint",
                Json.Obj.builder().put("result", Json.Arr.of(Json.str("in_flight"))).build(), NOW, null)
                .isInFlightMarker()).isFalse();
    }
}
