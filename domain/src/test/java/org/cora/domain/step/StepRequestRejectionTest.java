package org.cora.domain.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference 3.6: a conduct request carries setpoint, action and check only, with no unknown fields. */
class StepRequestRejectionTest {

    private static final String GOOD_SETPOINT = "{\"kind\":\"setpoint\",\"address\":\"2bma:rot\",\"value\":12.5}";

    private static List<Step> request(String json) {
        return StepWireCodec.fromRequest(JsonParser.parse(json), "steps");
    }

    @Test
    void aValidRequestReadsEveryStepInOrderWithDefaults() {
        List<Step> steps = request("""
                [{"kind":"setpoint","address":"2bma:rot","value":12.5},
                 {"kind":"action","name":"collect"},
                 {"kind":"check","address":"2bma:temp","criterion":{"kind":"within_tolerance","expected":100,"tolerance":0.5}},
                 {"kind":"setpoint","address":"2bma:energy","value":[1,[2,3]],"verify":true}]
                """);

        assertThat(steps).containsExactly(Steps.setpoint("2bma:rot", 12.5), Steps.action("collect"),
                Steps.checkWithin("2bma:temp", "100", "0.5"),
                new SetpointStep("2bma:energy", new SetpointValue.Literal(JsonParser.parse("[1,[2,3]]")), true));
    }

    @Test
    void anEmptyRequestIsAnEmptyStepList() {
        assertThat(request("[]")).isEmpty();
    }

    @Test
    void aCaptureStepIsNotRequestable() {
        assertThatThrownBy(() -> request("[" + GOOD_SETPOINT
                + ",{\"kind\":\"capture\",\"address\":\"2bma:x\",\"capture_name\":\"home\"}]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage("steps[1].kind: unknown step kind: 'capture' (known: setpoint, action, check)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"__capture__\":\"home\"}",
            "{\"__steering__\":\"axis\"}",
            "{\"__output__\":\"recon\"}",
    })
    void aReferenceSentinelIsNotRequestable(String sentinel) {
        assertThatThrownBy(() -> request("[{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":" + sentinel + "}]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage("steps[0].value must be a number, boolean, string or array, not an object");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // step                                                                                         | message
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":1,\"speed\":2}`                              | `steps[1]: unknown field 'speed'`",
            "`{\"kind\":\"action\",\"name\":\"collect\",\"timeout_s\":3}`                                      | `steps[1]: unknown field 'timeout_s'`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\",\"expected\":1,\"unit\":\"mm\"}}` | `steps[1].criterion: unknown field 'unit'`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":1,\"tolerance\":1,\"strict\":true}}` | `steps[1].criterion: unknown field 'strict'`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\",\"expected\":1},\"timeout_s\":5}` | `steps[1]: unknown field 'timeout_s'`",
            "`{\"kind\":\"move\",\"address\":\"a\"}`                                                           | `steps[1].kind: unknown step kind: 'move' (known: setpoint, action, check)`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"one_of\",\"expected\":[1]}}`      | `steps[1].criterion.kind: unknown criterion kind: 'one_of' (known: equals, within_tolerance)`",
            "`{\"kind\":3}`                                                                                   | `steps[1].kind must be a non-empty string`",
            "`{\"address\":\"a\",\"value\":1}`                                                                | `steps[1].kind is required`",
            "`{\"kind\":\"setpoint\",\"address\":7,\"value\":1}`                                               | `steps[1].address must be a non-empty string`",
            "`{\"kind\":\"setpoint\",\"address\":\"  \",\"value\":1}`                                          | `steps[1].address must be a non-empty string`",
            "`{\"kind\":\"setpoint\",\"value\":1}`                                                            | `steps[1].address is required`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\"}`                                                      | `steps[1].value is required`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":null}`                                        | `steps[1].value must not be null`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":{\"x\":1}}`                                   | `steps[1].value must be a number, boolean, string or array, not an object`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":[1,null]}`                                    | `steps[1].value[1] must not be null`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":[[{}]]}`                                      | `steps[1].value[0][0] must be a number, boolean, string or array, not an object`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":1,\"verify\":\"yes\"}`                        | `steps[1].verify must be a boolean`",
            "`{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":1,\"verify\":null}`                           | `steps[1].verify must be a boolean`",
            "`{\"kind\":\"action\"}`                                                                          | `steps[1].name is required`",
            "`{\"kind\":\"action\",\"name\":\"collect\",\"params\":[1]}`                                       | `steps[1].params must be an object`",
            "`{\"kind\":\"action\",\"name\":\"collect\",\"params\":null}`                                      | `steps[1].params must be an object`",
            "`{\"kind\":\"check\",\"address\":\"a\"}`                                                         | `steps[1].criterion is required`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":\"equals\"}`                                 | `steps[1].criterion must be an object`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"expected\":1}}`                           | `steps[1].criterion.kind is required`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\"}}`                      | `steps[1].criterion.expected is required`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\",\"expected\":null}}`    | `steps[1].criterion.expected must not be null`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\",\"expected\":{}}}`      | `steps[1].criterion.expected must be a number, boolean, string or array, not an object`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":1}}` | `steps[1].criterion.tolerance is required`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"tolerance\":1}}` | `steps[1].criterion.expected is required`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":\"100\",\"tolerance\":1}}` | `steps[1].criterion.expected must be a number`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":100,\"tolerance\":\"0.5\"}}` | `steps[1].criterion.tolerance must be a number`",
            "`{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"within_tolerance\",\"expected\":100,\"tolerance\":-0.5}}` | `steps[1].criterion.tolerance must be >= 0, got -0.5`",
            "`7`                                                                                              | `steps[1] must be an object`",
    })
    void aMalformedStepIsRefusedNamingItsPath(String step, String message) {
        assertThatThrownBy(() -> request("[" + GOOD_SETPOINT + "," + step + "]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage(message);
    }

    @Test
    void aNestedInvalidEqualsExpectationIsRefusedNamingItsPath() {
        assertThatThrownBy(() -> request("[" + GOOD_SETPOINT
                + ",{\"kind\":\"check\",\"address\":\"a\",\"criterion\":{\"kind\":\"equals\",\"expected\":[1,null]}}]"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage("steps[1].criterion.expected[1] must not be null");
    }

    @Test
    void aRequestThatIsNotAnArrayIsRefused() {
        assertThatThrownBy(() -> StepWireCodec.fromRequest(Json.Obj.EMPTY, "steps"))
                .isInstanceOf(InvalidStepError.class)
                .hasMessage("steps must be an array of steps");
    }

    @Test
    void aZeroToleranceIsAllowed() {
        assertThat(request("[{\"kind\":\"check\",\"address\":\"a\",\"criterion\":"
                + "{\"kind\":\"within_tolerance\",\"expected\":1,\"tolerance\":0}}]"))
                .containsExactly(Steps.checkWithin("a", "1", "0"));
    }
}
