package org.cora.domain.features.abortprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.InvalidProcedureAbortReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbortProcedureDeciderTest {

    private static AbortProcedureCommand abort(String reason) {
        return new AbortProcedureCommand(PROCEDURE_ID, reason, ActuationKind.Hybrid);
    }

    @Test
    void aRunningProcedureAbortsWithTheTrimmedReasonAndTheActuationKindOfTheCommand() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, abort("  vacuum lost \n"), NOW))
                .then(new ProcedureAborted(PROCEDURE_ID, "vacuum lost", NOW, ActuationKind.Hybrid));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Aborted);
        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Hybrid);
    }

    @Test
    void aReasonOfOneCharacterIsAccepted() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, abort("x"), NOW))
                .then(new ProcedureAborted(PROCEDURE_ID, "x", NOW, ActuationKind.Hybrid));
    }

    @Test
    void aReasonOfExactly500CharactersAfterTrimmingIsAccepted() {
        String reason = "r".repeat(500);
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, abort(" " + reason + " "), NOW))
                .then(new ProcedureAborted(PROCEDURE_ID, reason, NOW, ActuationKind.Hybrid));
    }

    @Test
    void aReasonOf501CharactersIsRefused() {
        InvalidProcedureAbortReasonError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, abort("r".repeat(501)), NOW))
                .thenRefused(InvalidProcedureAbortReasonError.class);

        assertThat(error.value()).hasSize(501);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\n\t"})
    void aMissingOrBlankReasonIsRefused(String reason) {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, abort(reason), NOW))
                .thenRefused(InvalidProcedureAbortReasonError.class);
    }

    @Test
    void anUnknownProcedureIsNotFoundEvenWithoutAReason() {
        ProcedureNotFoundError error = givenNoHistory()
                .when(s -> AbortProcedureDecider.decide(s, abort(" "), NOW))
                .thenRefused(ProcedureNotFoundError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void theReasonIsCheckedBeforeTheStatus() {
        given(historyIn(ProcedureStatus.Completed))
                .when(s -> AbortProcedureDecider.decide(s, abort(""), NOW))
                .thenRefused(InvalidProcedureAbortReasonError.class);
    }

    @Test
    void aHeldProcedureAbortsStampingTheActuationKindOfTheCommand() {
        Procedure state = given(historyIn(ProcedureStatus.Held))
                .when(s -> AbortProcedureDecider.decide(s, abort(" operator gave up "), NOW))
                .then(new ProcedureAborted(PROCEDURE_ID, "operator gave up", NOW, ActuationKind.Hybrid));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Aborted);
        assertThat(state.actuationKind()).isEqualTo(ActuationKind.Hybrid);
    }

    @Test
    void theReasonIsCheckedBeforeTheStatusOfAHeldProcedureToo() {
        given(historyIn(ProcedureStatus.Held))
                .when(s -> AbortProcedureDecider.decide(s, abort(" "), NOW))
                .thenRefused(InvalidProcedureAbortReasonError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = {"Running", "Held"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButRunningOrHeldIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotAbortError error = given(historyIn(status))
                .when(s -> AbortProcedureDecider.decide(s, abort("stop"), NOW))
                .thenRefused(ProcedureCannotAbortError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void abortingAnAbortedProcedureAgainIsRefusedNotIgnored() {
        ProcedureCannotAbortError error = given(historyIn(ProcedureStatus.Aborted))
                .when(s -> AbortProcedureDecider.decide(s, abort("again"), NOW))
                .thenRefused(ProcedureCannotAbortError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Aborted);
    }

    @Test
    void anAbortWithoutObservedActuationCarriesNone() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> AbortProcedureDecider.decide(s, new AbortProcedureCommand(PROCEDURE_ID, "stop", null), NOW))
                .then(new ProcedureAborted(PROCEDURE_ID, "stop", NOW, null));
    }
}
