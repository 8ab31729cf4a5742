package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;

import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class ConductorFailureTest {

    @Test
    void aStepFailureDerivesItsReasonFromKindIndexTargetClassAndMessage() {
        ConductorFailure failure = new ConductorFailure(1, "setpoint", "2bma:rot", "ControlNotConnectedError",
                "Control address '2bma:rot' not connected");

        assertThat(failure.derivedReason()).isEqualTo(
                "setpoint[1] 2bma:rot failed: ControlNotConnectedError: Control address '2bma:rot' not connected");
    }

    @Test
    void aReasonOfExactly500CharactersIsKeptWhole() {
        String prefix = "check[0] a failed: CheckFailedError: ";
        ConductorFailure failure = new ConductorFailure(0, "check", "a", "CheckFailedError",
                "m".repeat(500 - prefix.length()));

        assertThat(failure.derivedReason()).hasSize(500).endsWith("m");
    }

    @Test
    void aLongerReasonIsCutTo500Characters() {
        ConductorFailure failure = new ConductorFailure(0, "check", "a", "CheckFailedError", "m".repeat(1000));

        assertThat(failure.derivedReason()).hasSize(500).startsWith("check[0] a failed: CheckFailedError: mmm");
    }

    @Test
    void aLifecycleFailureHasNoStepIndex() {
        ConductorFailure failure = ConductorFailure.lifecycle("start", "ProcedureCannotStartError", "nope");

        assertThat(failure.toPayload()).isEqualTo(JsonParser.parse("""
                {"step_index":null,"source_kind":"lifecycle","target":"start",
                 "error_class":"ProcedureCannotStartError","message":"nope"}"""));
        assertThat(failure.derivedReason()).isEqualTo("lifecycle start failed: ProcedureCannotStartError: nope");
    }

    @Test
    void theWireShapeOfAStepFailureHasTheReferenceKeys() {
        ConductorFailure failure = new ConductorFailure(4, "action", "collect", "UnknownActionError", "x");

        assertThat(failure.toPayload()).isEqualTo(JsonParser.parse("""
                {"step_index":4,"source_kind":"action","target":"collect","error_class":"UnknownActionError",
                 "message":"x"}"""));
    }
}
