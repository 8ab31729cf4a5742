package org.cora.domain.recipe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.recipe.RecipeTestSteps.json;

import java.util.List;
import org.cora.domain.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RecipeStepWireCodecTest {

    @Test
    void everyArmRoundTripsExactly() {
        List<RecipeStep> steps = RecipeTestSteps.everyArm();
        Json.Arr wire = RecipeStepWireCodec.toPayloads(steps);

        assertThat(RecipeStepWireCodec.fromPayloads(wire, "steps")).isEqualTo(steps);
        assertThat(RecipeStepWireCodec.toPayloads(RecipeStepWireCodec.fromPayloads(wire, "steps"))).isEqualTo(wire);
    }

    @Test
    void sentinelsAreWrittenAsSingleKeyObjects() {
        Json.Obj setpoint = RecipeStepWireCodec.toPayload(RecipeTestSteps.everyArm().get(1));
        assertThat(setpoint).isEqualTo(json(
                "{\"kind\":\"setpoint\",\"address\":\"sim:m1\",\"value\":{\"__binding__\":\"energy\"},\"verify\":true}"));
        Json.Obj action = RecipeStepWireCodec.toPayload(RecipeTestSteps.everyArm().get(3));
        assertThat(action.get("params").orElseThrow()).isEqualTo(json(
                "{\"dwell\":{\"__binding__\":\"dwell\"},\"frames\":10,\"options\":{\"fast\":true}}"));
    }

    @Test
    void verifyDefaultsToFalseAndParamsToNone() {
        assertThat(RecipeStepWireCodec.fromPayload(json("{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":1}"), "s"))
                .isEqualTo(new RecipeSetpointStep("a", new RecipeValue.Literal(Json.num(1)), false));
        assertThat(RecipeStepWireCodec.fromPayload(json("{\"kind\":\"action\",\"name\":\"count\"}"), "s"))
                .isEqualTo(new RecipeActionStep("count", java.util.Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not an array                   | {"kind":"setpoint"}                                                                 | steps must be an array
            an unknown kind                | [{"kind":"teleport"}]                                                               | unknown recipe step kind: 'teleport'
            an unknown field               | [{"kind":"capture","address":"a","capture_name":"c","speed":1}]                   | steps[0]: unknown field 'speed'
            a missing address              | [{"kind":"setpoint","value":1}]                                                     | steps[0].address is required
            a sentinel with a second key   | [{"kind":"setpoint","address":"a","value":{"__binding__":"e","x":1}}]             | must be the only key
            a blank binding name           | [{"kind":"setpoint","address":"a","value":{"__binding__":" "}}]                   | must be a non-empty string
            a non-string binding name      | [{"kind":"setpoint","address":"a","value":{"__binding__":3}}]                     | must be a non-empty string
            a capture in action params     | [{"kind":"action","name":"n","params":{"p":{"__capture__":"c"}}}]                 | only allowed as a setpoint value
            a sentinel nested in a literal | [{"kind":"action","name":"n","params":{"p":{"q":1,"__binding__":"c"}}}]           | must be the only key
            an object setpoint literal     | [{"kind":"setpoint","address":"a","value":{"x":1}}]                               | not an object
            a null setpoint literal        | [{"kind":"setpoint","address":"a","value":null}]                                  | must not be null
            a non-boolean verify           | [{"kind":"setpoint","address":"a","value":1,"verify":"yes"}]                      | verify must be a boolean
            an unknown criterion           | [{"kind":"check","address":"a","criterion":{"kind":"roughly","expected":1}}]      | unknown criterion kind
            params not an object           | [{"kind":"action","name":"n","params":[1]}]                                       | params must be an object
            """)
    void malformedStepsAreRefusedNamingThePath(String what, String wire, String message) {
        assertThatThrownBy(() -> RecipeStepWireCodec.fromPayloads(json(wire), "steps"))
                .isInstanceOf(InvalidRecipeStepError.class).hasMessageContaining(message);
    }
}
