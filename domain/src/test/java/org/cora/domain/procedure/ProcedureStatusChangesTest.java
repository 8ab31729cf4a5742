package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.ProcedureFixtures.aborted;
import static org.cora.domain.testing.ProcedureFixtures.acquisitionHalted;
import static org.cora.domain.testing.ProcedureFixtures.completed;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.holdRequested;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.resolvedStepsRecorded;
import static org.cora.domain.testing.ProcedureFixtures.resumed;
import static org.cora.domain.testing.ProcedureFixtures.started;
import static org.cora.domain.testing.ProcedureFixtures.truncated;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProcedureStatusChangesTest {

    static Stream<ProcedureEvent> everyKindOfEventButTheRecipeRecord() {
        return Stream.of(registered(), started(), logbookOpened(), completed(ActuationKind.Simulated),
                aborted(null), truncated(), held(null), resumed(2), acquisitionHalted(), holdRequested(),
                resolvedStepsRecorded());
    }

    @ParameterizedTest
    @MethodSource("everyKindOfEventButTheRecipeRecord")
    void theStatusToldIsTheStatusTheEvolverFoldsAndOnlyTheListedEventTypesTellOne(ProcedureEvent event) {
        List<ProcedureEvent> history = new ArrayList<>(event instanceof ProcedureEvent.ProcedureRegistered
                ? List.of() : historyIn(ProcedureStatus.Running));
        history.add(event);

        assertThat(ProcedureStatusChanges.statusAfter(event).isPresent())
                .isEqualTo(ProcedureStatusChanges.EVENT_TYPES.contains(event.eventType()));
        ProcedureStatusChanges.statusAfter(event).ifPresent(status ->
                assertThat(status).isEqualTo(ProcedureEvolver.fold(history).status()));
    }
}
