package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_A;
import static org.cora.domain.testing.ProcedureFixtures.ASSET_B;
import static org.cora.domain.testing.ProcedureFixtures.CAPABILITY;
import static org.cora.domain.testing.ProcedureFixtures.LOGBOOK;
import static org.cora.domain.testing.ProcedureFixtures.PARENT_RUN;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.RECIPE;
import static org.cora.domain.testing.ProcedureFixtures.aborted;
import static org.cora.domain.testing.ProcedureFixtures.acquisitionHalted;
import static org.cora.domain.testing.ProcedureFixtures.completed;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.holdRequested;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.registeredBare;
import static org.cora.domain.testing.ProcedureFixtures.resolvedStepsRecorded;
import static org.cora.domain.testing.ProcedureFixtures.resumed;
import static org.cora.domain.testing.ProcedureFixtures.started;
import static org.cora.domain.testing.ProcedureFixtures.truncated;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureEvent.ProcedureActivitiesLogbookOpened;
import org.cora.domain.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureEvolverTest {

    /** A state with every field set, so that a forgotten copy shows up as a reset. */
    private static Procedure everyFieldSet(ProcedureStatus status, ActuationKind kind) {
        return everyFieldSet(status, kind, null);
    }

    private static Procedure everyFieldSet(ProcedureStatus status, ActuationKind kind, String pendingHoldReason) {
        return new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout", List.of(ASSET_A, ASSET_B), status,
                PARENT_RUN, CAPABILITY, RECIPE, LOGBOOK, kind, pendingHoldReason);
    }

    @Test
    void anEmptyStreamFoldsToNoState() {
        assertThat(ProcedureEvolver.fold(List.of())).isNull();
    }

    @Test
    void registeredBuildsADefinedProcedureFromTheEvent() {
        Procedure state = ProcedureEvolver.fold(List.of(registered()));

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout",
                List.of(ASSET_A, ASSET_B), ProcedureStatus.Defined, PARENT_RUN, CAPABILITY, RECIPE, null, null, null));
    }

    @Test
    void registeredIgnoresWhateverStateCameBefore() {
        Procedure prior = everyFieldSet(ProcedureStatus.Aborted, ActuationKind.Physical, "stale request");

        Procedure state = ProcedureEvolver.evolve(prior, registeredBare());

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Alignment", "alignment", List.of(),
                ProcedureStatus.Defined, null, null, null, null, null, null));
    }

    @Test
    void startedChangesOnlyTheStatus() {
        Procedure prior = everyFieldSet(ProcedureStatus.Defined, ActuationKind.Simulated);

        assertThat(ProcedureEvolver.evolve(prior, started()))
                .isEqualTo(everyFieldSet(ProcedureStatus.Running, ActuationKind.Simulated));
    }

    @Test
    void completedChangesTheStatusAndSetsTheActuationKindFromTheEvent() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, completed(ActuationKind.Simulated)))
                .isEqualTo(everyFieldSet(ProcedureStatus.Completed, ActuationKind.Simulated));
    }

    @Test
    void completedOverwritesTheActuationKindEvenWithNone() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, completed(null)).actuationKind()).isNull();
    }

    @Test
    void abortedChangesTheStatusAndSetsTheActuationKindWithoutMerging() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, aborted(ActuationKind.Simulated)))
                .isEqualTo(everyFieldSet(ProcedureStatus.Aborted, ActuationKind.Simulated));
        assertThat(ProcedureEvolver.evolve(prior, aborted(null)).actuationKind()).isNull();
    }

    @Test
    void truncatedChangesOnlyTheStatusAndKeepsTheActuationKind() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Hybrid);

        assertThat(ProcedureEvolver.evolve(prior, truncated()))
                .isEqualTo(everyFieldSet(ProcedureStatus.Truncated, ActuationKind.Hybrid));
    }

    @Test
    void logbookOpenedSetsOnlyTheLogbookId() {
        UUID another = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000f2");
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical, "shift change");

        Procedure state = ProcedureEvolver.evolve(prior,
                new ProcedureActivitiesLogbookOpened(PROCEDURE_ID, another, FixedClock.NOW));

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout",
                List.of(ASSET_A, ASSET_B), ProcedureStatus.Running, PARENT_RUN, CAPABILITY, RECIPE, another,
                ActuationKind.Physical, "shift change"));
    }

    @Test
    void resolvedStepsRecordedIsProvenanceOnlyAndChangesNothing() {
        Procedure prior = everyFieldSet(ProcedureStatus.Defined, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, resolvedStepsRecorded())).isSameAs(prior);
    }

    @Test
    void anAcquisitionHaltIsProvenanceOnlyAndLeavesTheProcedureRunning() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Hybrid, "shift change");

        assertThat(ProcedureEvolver.evolve(prior, acquisitionHalted())).isSameAs(prior);
    }

    @Test
    void resolvedStepsRecordedKeepsAPendingHoldRequest() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical, "shift change");

        assertThat(ProcedureEvolver.evolve(prior, resolvedStepsRecorded())).isSameAs(prior);
    }

    static Stream<Arguments> actuationMerges() {
        return Stream.of(
                Arguments.of(null, null, null),
                Arguments.of(null, ActuationKind.Physical, ActuationKind.Physical),
                Arguments.of(ActuationKind.Simulated, null, ActuationKind.Simulated),
                Arguments.of(ActuationKind.Physical, ActuationKind.Physical, ActuationKind.Physical),
                Arguments.of(ActuationKind.Simulated, ActuationKind.Simulated, ActuationKind.Simulated),
                Arguments.of(ActuationKind.Simulated, ActuationKind.Physical, ActuationKind.Hybrid),
                Arguments.of(ActuationKind.Physical, ActuationKind.Simulated, ActuationKind.Hybrid),
                Arguments.of(ActuationKind.Hybrid, ActuationKind.Simulated, ActuationKind.Hybrid),
                Arguments.of(ActuationKind.Physical, ActuationKind.Hybrid, ActuationKind.Hybrid),
                Arguments.of(ActuationKind.Hybrid, null, ActuationKind.Hybrid));
    }

    @ParameterizedTest(name = "prior {0} + held {1} = {2}")
    @MethodSource("actuationMerges")
    void heldChangesTheStatusAndMergesTheActuationKindOfTheEventIntoTheState(ActuationKind prior, ActuationKind event,
                                                                            ActuationKind merged) {
        Procedure state = ProcedureEvolver.evolve(everyFieldSet(ProcedureStatus.Running, prior), held(event));

        assertThat(state).isEqualTo(everyFieldSet(ProcedureStatus.Held, merged));
    }

    @Test
    void heldEndsAPendingHoldRequest() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Simulated, "shift change");

        assertThat(ProcedureEvolver.evolve(prior, held(ActuationKind.Simulated)))
                .isEqualTo(everyFieldSet(ProcedureStatus.Held, ActuationKind.Simulated, null));
    }

    @Test
    void resumedChangesOnlyTheStatusBackToRunningAndKeepsTheMergedActuationKind() {
        Procedure prior = everyFieldSet(ProcedureStatus.Held, ActuationKind.Hybrid);

        assertThat(ProcedureEvolver.evolve(prior, resumed(3)))
                .isEqualTo(everyFieldSet(ProcedureStatus.Running, ActuationKind.Hybrid));
    }

    @Test
    void resumedClearsAPendingHoldRequest() {
        Procedure prior = everyFieldSet(ProcedureStatus.Held, ActuationKind.Simulated, "stale request");

        assertThat(ProcedureEvolver.evolve(prior, resumed(0)).pendingHoldReason()).isNull();
    }

    @Test
    void theResumeBoundaryIsAuditOnlyAndNotFolded() {
        Procedure prior = everyFieldSet(ProcedureStatus.Held, ActuationKind.Simulated);

        assertThat(ProcedureEvolver.evolve(prior, resumed(0))).isEqualTo(ProcedureEvolver.evolve(prior, resumed(7)));
    }

    @Test
    void holdRequestedSetsOnlyThePendingHoldReason() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, holdRequested()))
                .isEqualTo(everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical, "shift change"));
    }

    @Test
    void aLaterHoldRequestReplacesThePendingReason() {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical, "first");

        Procedure state = ProcedureEvolver.evolve(prior,
                new ProcedureEvent.ProcedureHoldRequested(PROCEDURE_ID, "second", FixedClock.NOW));

        assertThat(state.pendingHoldReason()).isEqualTo("second");
    }

    static Stream<ProcedureEvent> everyStatusChangeOutOfRunning() {
        return Stream.of(completed(ActuationKind.Physical), aborted(ActuationKind.Physical), truncated(),
                held(ActuationKind.Physical));
    }

    @ParameterizedTest
    @MethodSource("everyStatusChangeOutOfRunning")
    void everyStatusChangeEndsAPendingHoldRequest(ProcedureEvent event) {
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical, "shift change");

        assertThat(ProcedureEvolver.evolve(prior, event).pendingHoldReason()).isNull();
    }

    @Test
    void abortedFromHeldSetsTheActuationKindFromTheEvent() {
        Procedure prior = everyFieldSet(ProcedureStatus.Held, ActuationKind.Hybrid);

        assertThat(ProcedureEvolver.evolve(prior, aborted(ActuationKind.Simulated)))
                .isEqualTo(everyFieldSet(ProcedureStatus.Aborted, ActuationKind.Simulated));
    }

    @Test
    void truncatedFromHeldKeepsTheActuationKind() {
        Procedure prior = everyFieldSet(ProcedureStatus.Held, ActuationKind.Hybrid);

        assertThat(ProcedureEvolver.evolve(prior, truncated()))
                .isEqualTo(everyFieldSet(ProcedureStatus.Truncated, ActuationKind.Hybrid));
    }

    @Test
    void aHoldAndResumeCycleFoldsToTheLastStatusWithEveryFieldKept() {
        Procedure state = ProcedureEvolver.fold(List.of(registered(), resolvedStepsRecorded(), started(),
                logbookOpened(), holdRequested(), held(ActuationKind.Simulated), resumed(1),
                held(ActuationKind.Physical), resumed(2)));

        assertThat(state).isEqualTo(everyFieldSet(ProcedureStatus.Running, ActuationKind.Hybrid));
    }

    @Test
    void aFullLifeFoldsToTheLastStatusWithEveryFieldKept() {
        Procedure state = ProcedureEvolver.fold(List.of(registered(), resolvedStepsRecorded(), started(),
                logbookOpened(), completed(ActuationKind.Simulated)));

        assertThat(state).isEqualTo(everyFieldSet(ProcedureStatus.Completed, ActuationKind.Simulated));
    }

    static Stream<ProcedureEvent> everyEventButRegistered() {
        return Stream.of(started(), completed(ActuationKind.Physical), aborted(null), truncated(), logbookOpened(),
                resolvedStepsRecorded(), held(null), resumed(0), holdRequested(), acquisitionHalted());
    }

    @ParameterizedTest
    @MethodSource("everyEventButRegistered")
    void anEventBeforeRegisteredIsAMalformedStream(ProcedureEvent event) {
        assertThatThrownBy(() -> ProcedureEvolver.fold(List.of(event)))
                .isInstanceOf(MalformedProcedureEventError.class)
                .hasMessageContaining(event.eventType())
                .hasMessageContaining(PROCEDURE_ID.toString());
    }
}
