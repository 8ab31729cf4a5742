package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class ConductOutcomeTest {

    private static final String ID = "0190a4b0-0000-7000-8000-000000000001";

    @Test
    void eachOutcomeIsOneSentenceThatSaysWhatToDoNext() {
        assertThat(summary("{\"succeeded\": true, \"completed_count\": 3, \"held\": false}"))
                .isEqualTo("Completed: 3 steps conducted.");
        assertThat(summary("""
                {"succeeded": false, "completed_count": 1, "held": true,
                 "failure": {"step_index": 1, "source_kind": "check", "target": "sim:m1.RBV",
                             "error_class": "CheckFailedError", "message": "value 10 is not 99"}}"""))
                .isEqualTo("Held after 1 step; step 2 (step_index 1, check sim:m1.RBV) failed: CheckFailedError: "
                        + "value 10 is not 99." + System.lineSeparator() + "Resume with: cora conduct-from " + ID);
        assertThat(summary("""
                {"succeeded": false, "completed_count": 0, "held": false,
                 "failure": {"step_index": 0, "source_kind": "setpoint", "target": "sim:offline",
                             "error_class": "ControlNotConnectedError", "message": "not connected"}}"""))
                .isEqualTo("Aborted after 0 steps; step 1 (step_index 0, setpoint sim:offline) failed: "
                        + "ControlNotConnectedError: not connected.");
        assertThat(summary("""
                {"succeeded": false, "completed_count": 0, "held": false,
                 "failure": {"step_index": null, "source_kind": "lifecycle", "target": "start",
                             "error_class": "ProcedureCannotStartError", "message": "it is Completed"}}"""))
                .isEqualTo("Not conducted: ProcedureCannotStartError: it is Completed");
        assertThat(summary("""
                {"succeeded": false, "completed_count": 1, "held": false, "acquisition_halt": true,
                 "failure": {"step_index": 2, "source_kind": "action", "target": "count",
                             "error_class": "AcquisitionResumeRequiresOperator", "message": "..."}}"""))
                .startsWith("Waiting for you before the acquisition at step 3 (step_index 2, action count)");
    }

    private static String summary(String outcome) {
        return ConductOutcome.summary(ID, (Json.Obj) JsonParser.parse(outcome));
    }
}
