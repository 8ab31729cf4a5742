package org.cora.domain.features.truncateprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.time.Instant;
import org.cora.domain.procedure.InvalidProcedureInterruptedAtError;
import org.cora.domain.procedure.InvalidProcedureTruncateReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotTruncateError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TruncateProcedureDeciderTest {

    private static final Instant AN_HOUR_AGO = NOW.minusSeconds(3600);

    private static TruncateProcedureCommand truncate(String reason, Instant interruptedAt) {
        return new TruncateProcedureCommand(PROCEDURE_ID, reason, interruptedAt);
    }

    @Test
    void aRunningProcedureTruncatesWithTheTrimmedReasonAndWhenItWasInterrupted() {
        Procedure state = given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate(" power cut ", AN_HOUR_AGO), NOW))
                .then(new ProcedureTruncated(PROCEDURE_ID, "power cut", AN_HOUR_AGO, NOW));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Truncated);
    }

    @Test
    void theInterruptionTimeIsOptional() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("power cut", null), NOW))
                .then(new ProcedureTruncated(PROCEDURE_ID, "power cut", null, NOW));
    }

    @Test
    void anInterruptionAtExactlyNowIsAccepted() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("power cut", NOW), NOW))
                .then(new ProcedureTruncated(PROCEDURE_ID, "power cut", NOW, NOW));
    }

    @Test
    void anInterruptionOneMicrosecondInTheFutureIsRefusedNamingBothInstants() {
        Instant future = NOW.plusNanos(1000);
        InvalidProcedureInterruptedAtError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("power cut", future), NOW))
                .thenRefused(InvalidProcedureInterruptedAtError.class);

        assertThat(error.interruptedAt()).isEqualTo(future);
        assertThat(error.now()).isEqualTo(NOW);
    }

    @Test
    void aReasonOfExactly500CharactersIsAcceptedAnd501Refused() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("r".repeat(500), null), NOW))
                .then(new ProcedureTruncated(PROCEDURE_ID, "r".repeat(500), null, NOW));
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("r".repeat(501), null), NOW))
                .thenRefused(InvalidProcedureTruncateReasonError.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingOrBlankReasonIsRefused(String reason) {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate(reason, null), NOW))
                .thenRefused(InvalidProcedureTruncateReasonError.class);
    }

    @Test
    void anUnknownProcedureIsNotFoundBeforeAnythingElse() {
        givenNoHistory()
                .when(s -> TruncateProcedureDecider.decide(s, truncate("", NOW.plusSeconds(60)), NOW))
                .thenRefused(ProcedureNotFoundError.class);
    }

    @Test
    void theReasonIsCheckedBeforeTheInterruptionTime() {
        given(historyIn(ProcedureStatus.Running))
                .when(s -> TruncateProcedureDecider.decide(s, truncate(" ", NOW.plusSeconds(60)), NOW))
                .thenRefused(InvalidProcedureTruncateReasonError.class);
    }

    @Test
    void theInterruptionTimeIsCheckedBeforeTheStatus() {
        given(historyIn(ProcedureStatus.Completed))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("power cut", NOW.plusSeconds(60)), NOW))
                .thenRefused(InvalidProcedureInterruptedAtError.class);
    }

    @Test
    void aHeldProcedureTruncatesKeepingItsActuationKind() {
        Procedure state = given(historyIn(ProcedureStatus.Held))
                .when(s -> TruncateProcedureDecider.decide(s, truncate(" power cut ", AN_HOUR_AGO), NOW))
                .then(new ProcedureTruncated(PROCEDURE_ID, "power cut", AN_HOUR_AGO, NOW));

        assertThat(state.status()).isEqualTo(ProcedureStatus.Truncated);
        assertThat(state.actuationKind()).isEqualTo(org.cora.domain.control.ActuationKind.Simulated);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = {"Running", "Held"}, mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButRunningOrHeldIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotTruncateError error = given(historyIn(status))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("power cut", null), NOW))
                .thenRefused(ProcedureCannotTruncateError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void truncatingATruncatedProcedureAgainIsRefusedNotIgnored() {
        ProcedureCannotTruncateError error = given(historyIn(ProcedureStatus.Truncated))
                .when(s -> TruncateProcedureDecider.decide(s, truncate("again", null), NOW))
                .thenRefused(ProcedureCannotTruncateError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Truncated);
    }
}
