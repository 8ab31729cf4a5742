package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureScenario.given;
import static org.cora.domain.testing.ProcedureScenario.givenNoHistory;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.step.Step;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResolvedStepsPinTest {

    private static final List<Step> TWO_STEPS = List.of(Steps.setpoint("2bma:rot", 12.5),
            Steps.checkEquals("2bma:shutter", Json.str("Open")));

    @Test
    void aDefinedProcedurePinsTheResolvedStepsInWireFormBeforeItStarts() {
        Json.Arr wire = (Json.Arr) JsonParser.parse("""
                [{"kind":"setpoint","address":"2bma:rot","value":12.5,"verify":false},
                 {"kind":"check","address":"2bma:shutter","criterion":{"kind":"equals","expected":"Open"}}]
                """);

        ProcedureStatus status = given(historyIn(ProcedureStatus.Defined))
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then(new ResolvedStepsRecorded(PROCEDURE_ID, wire, 2, NOW))
                .status();

        assertThat(status).isEqualTo(ProcedureStatus.Defined);
    }

    @Test
    void anEmptyStepListIsPinnedAsAnEmptyList() {
        given(historyIn(ProcedureStatus.Defined))
                .when(state -> ResolvedStepsPin.decide(state, List.of(), NOW))
                .then(new ResolvedStepsRecorded(PROCEDURE_ID, new Json.Arr(List.of()), 0, NOW));
    }

    @Test
    void anUnknownProcedureIsNotPinned() {
        givenNoHistory()
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then();
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Defined", mode = EnumSource.Mode.EXCLUDE)
    void aProcedurePastDefinedIsNotPinnedAgain(ProcedureStatus status) {
        given(historyIn(status))
                .when(state -> ResolvedStepsPin.decide(state, TWO_STEPS, NOW))
                .then();
    }
}
