package org.cora.domain.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;

import java.util.List;
import java.util.Map;
import org.cora.domain.conductor.ConductorFailure;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAcquisitionHalted;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;

class AcquisitionHaltTest {

    @Test
    void aReplayThatHaltedAtAnActionIsRecordedWithItsIndexAndAction() {
        ConductorResult halted = new ConductorRig().conductor().executeFrom(CALL,
                List.of(Steps.setpoint("2bma:rot", 1), Steps.action("collect")), 0, Map.of());

        assertThat(AcquisitionHalt.decide(PROCEDURE_ID, halted, NOW))
                .containsExactly(new ProcedureAcquisitionHalted(PROCEDURE_ID, 1, "collect", NOW));
    }

    @Test
    void anyOtherOutcomeRecordsNothing() {
        assertThat(AcquisitionHalt.decide(PROCEDURE_ID, new ConductorResult(PROCEDURE_ID, 2, null, null, false), NOW))
                .isEmpty();
        assertThat(AcquisitionHalt.decide(PROCEDURE_ID, new ConductorResult(PROCEDURE_ID, 0, null, null, true), NOW))
                .isEmpty();
        assertThat(AcquisitionHalt.decide(PROCEDURE_ID, new ConductorResult(PROCEDURE_ID, 0,
                new ConductorFailure(0, "action", "collect", "UnknownActionError", "x"), null, false), NOW)).isEmpty();
    }
}
