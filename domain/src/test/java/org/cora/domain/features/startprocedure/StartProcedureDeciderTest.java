package org.cora.domain.features.startprocedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StartProcedureDeciderTest {

    private static final StartProcedureCommand START = new StartProcedureCommand(PROCEDURE_ID);

    @Test
    void aDefinedProcedureStarts() {
        ProcedureStatus status = given(registered())
                .when(s -> StartProcedureDecider.decide(s, START, NOW))
                .then(new ProcedureStarted(PROCEDURE_ID, NOW))
                .status();

        assertThat(status).isEqualTo(ProcedureStatus.Running);
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        ProcedureNotFoundError error = givenNoHistory()
                .when(s -> StartProcedureDecider.decide(s, START, NOW))
                .thenRefused(ProcedureNotFoundError.class);

        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Defined", mode = EnumSource.Mode.EXCLUDE)
    void everyStatusButDefinedIsRefusedNamingTheCurrentStatus(ProcedureStatus status) {
        ProcedureCannotStartError error = given(historyIn(status))
                .when(s -> StartProcedureDecider.decide(s, START, NOW))
                .thenRefused(ProcedureCannotStartError.class);

        assertThat(error.currentStatus()).isEqualTo(status);
        assertThat(error.procedureId()).isEqualTo(PROCEDURE_ID);
    }

    @Test
    void startingARunningProcedureAgainIsRefusedNotIgnored() {
        ProcedureCannotStartError error = given(historyIn(ProcedureStatus.Running))
                .when(s -> StartProcedureDecider.decide(s, START, NOW))
                .thenRefused(ProcedureCannotStartError.class);

        assertThat(error.currentStatus()).isEqualTo(ProcedureStatus.Running);
    }
}
