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
import static org.cora.domain.testing.ProcedureFixtures.completed;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.registeredBare;
import static org.cora.domain.testing.ProcedureFixtures.resolvedStepsRecorded;
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
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureEvolverTest {

    /** A state with every field set, so that a forgotten copy shows up as a reset. */
    private static Procedure everyFieldSet(ProcedureStatus status, ActuationKind kind) {
        return new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout", List.of(ASSET_A, ASSET_B), status,
                PARENT_RUN, CAPABILITY, RECIPE, LOGBOOK, kind);
    }

    @Test
    void anEmptyStreamFoldsToNoState() {
        assertThat(ProcedureEvolver.fold(List.of())).isNull();
    }

    @Test
    void registeredBuildsADefinedProcedureFromTheEvent() {
        Procedure state = ProcedureEvolver.fold(List.of(registered()));

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout",
                List.of(ASSET_A, ASSET_B), ProcedureStatus.Defined, PARENT_RUN, CAPABILITY, RECIPE, null, null));
    }

    @Test
    void registeredIgnoresWhateverStateCameBefore() {
        Procedure prior = everyFieldSet(ProcedureStatus.Aborted, ActuationKind.Physical);

        Procedure state = ProcedureEvolver.evolve(prior, registeredBare());

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Alignment", "alignment", List.of(),
                ProcedureStatus.Defined, null, null, null, null, null));
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
        Procedure prior = everyFieldSet(ProcedureStatus.Running, ActuationKind.Physical);

        Procedure state = ProcedureEvolver.evolve(prior,
                new ProcedureActivitiesLogbookOpened(PROCEDURE_ID, another, FixedClock.NOW));

        assertThat(state).isEqualTo(new Procedure(PROCEDURE_ID, "Bakeout of sector 2", "bakeout",
                List.of(ASSET_A, ASSET_B), ProcedureStatus.Running, PARENT_RUN, CAPABILITY, RECIPE, another,
                ActuationKind.Physical));
    }

    @Test
    void resolvedStepsRecordedIsProvenanceOnlyAndChangesNothing() {
        Procedure prior = everyFieldSet(ProcedureStatus.Defined, ActuationKind.Physical);

        assertThat(ProcedureEvolver.evolve(prior, resolvedStepsRecorded())).isSameAs(prior);
    }

    @Test
    void aFullLifeFoldsToTheLastStatusWithEveryFieldKept() {
        Procedure state = ProcedureEvolver.fold(List.of(registered(), resolvedStepsRecorded(), started(),
                logbookOpened(), completed(ActuationKind.Simulated)));

        assertThat(state).isEqualTo(everyFieldSet(ProcedureStatus.Completed, ActuationKind.Simulated));
    }

    static Stream<ProcedureEvent> everyEventButRegistered() {
        return Stream.of(started(), completed(ActuationKind.Physical), aborted(null), truncated(), logbookOpened(),
                resolvedStepsRecorded());
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
