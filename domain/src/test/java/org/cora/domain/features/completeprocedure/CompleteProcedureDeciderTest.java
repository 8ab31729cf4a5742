package org.cora.domain.features.completeprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CompleteProcedureDeciderTest {

    @ParameterizedTest
    @EnumSource(ActuationKind.class)
    void aRunningProcedureCompletesStampingTheActuationKindOfTheCommand(ActuationKind kind) {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> CompleteProcedureDecider.decide(s, new CompleteProcedureCommand(PROCEDURE_ID, kind), NOW))
                .then(new ProcedureCompleted(PROCEDURE_ID, NOW, kind));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Completed);
        assertThat(state.actuationKind()).isEqualTo(kind);
    }

    @Test
    void aConductThatTouchedNothingCompletesWithoutActuationKind() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> CompleteProcedureDecider.decide(s, new CompleteProcedureCommand(PROCEDURE_ID, null), NOW))
                .then(new ProcedureCompleted(PROCEDURE_ID, NOW, null));
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        givenNoHistory()
                .when(s -> CompleteProcedureDecider.decide(s, new CompleteProcedureCommand(PROCEDURE_ID, null), NOW))
                .thenRefused(ProcedureNotFoundError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Running", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButRunningIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotCompleteError error = given(historyIn(status))
                .when(s -> CompleteProcedureDecider.decide(s,
                        new CompleteProcedureCommand(PROCEDURE_ID, ActuationKind.Physical), NOW))
                .thenRefused(ProcedureCannotCompleteError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void aHeldProcedureMustResumeBeforeItCompletes() {
        ProcedureCannotCompleteError error = given(historyIn(ProcedureStatus.Held))
                .when(s -> CompleteProcedureDecider.decide(s, new CompleteProcedureCommand(PROCEDURE_ID, null), NOW))
                .thenRefused(ProcedureCannotCompleteError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Held);
    }

    @Test
    void completingACompletedProcedureAgainIsRefusedNotIgnored() {
        ProcedureCannotCompleteError error = given(historyIn(ProcedureStatus.Completed))
                .when(s -> CompleteProcedureDecider.decide(s, new CompleteProcedureCommand(PROCEDURE_ID, null), NOW))
                .thenRefused(ProcedureCannotCompleteError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Completed);
    }
}
