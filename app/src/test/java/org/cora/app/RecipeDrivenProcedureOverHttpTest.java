package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

/** A Procedure registered from a Recipe: expansion pinned at registration, replayed and verified at conduct. */
class RecipeDrivenProcedureOverHttpTest extends CoraServerTest {

    private static final String SCHEMA = """
            {"type":"object","properties":{"position":{"type":"number","minimum":-180,"maximum":180}},
             "required":["position"]}""";
    private static final String STEPS = """
            [{"kind":"setpoint","address":"sim:m1","value":{"__binding__":"position"},"verify":false},
             {"kind":"check","address":"sim:temp","criterion":{"kind":"equals","expected":21.5}}]""";

    @Test
    void aProcedureFromARecipePinsItsExpansionAndConductsTheReplayedSteps() {
        String recipe = versionedRecipe(capability("cora.capability.rotate"));

        HttpSession.Reply registered = http.post("/procedures/from-recipe", """
                {"name":"Rotate to 30","kind":"alignment","recipe_id":"%s","bindings":{"position":30}}""".formatted(recipe));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.text("procedure_id");
        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "RecipeExpansionRecorded");
        Json expansion = field(events.get(1), "payload");
        assertThat(text(expansion, "recipe_id")).isEqualTo(recipe);
        assertThat(text(expansion, "recipe_version")).isEqualTo("v1");
        assertThat(text(expansion, "expansion_port_version")).isEqualTo("cora-expander-1");
        assertThat(text(expansion, "steps_hash")).matches("[0-9a-f]{64}");
        assertThat(text(expansion, "bindings_hash")).matches("[0-9a-f]{64}");
        assertThat(field(expansion, "step_count")).isEqualTo(Json.num(2));
        assertThat(text(field(events.get(0), "payload"), "recipe_id")).isEqualTo(recipe);

        HttpSession.Reply conducted = http.post("/procedures/" + id + "/conduct", "{}");

        assertThat(conducted.status()).as(conducted.toString()).isEqualTo(200);
        assertThat(conducted.json().get("succeeded")).contains(Json.bool(true));
        Json pin = field(items("/procedures/" + id + "/events").get(2), "payload");
        assertThat(field(pin, "resolved_steps")).isEqualTo(JsonParser.parse("""
                [{"kind":"setpoint","address":"sim:m1","value":30,"verify":false},
                 {"kind":"check","address":"sim:temp","criterion":{"kind":"equals","expected":21.5}}]"""));
    }

    @Test
    void bindingsThatFailTheCapabilitysSchemaAreRefusedAndNothingIsRegistered() {
        String recipe = versionedRecipe(capability("cora.capability.rotate.strict"));

        HttpSession.Reply refused = http.post("/procedures/from-recipe", """
                {"name":"Rotate too far","kind":"alignment","recipe_id":"%s","bindings":{"position":400}}""".formatted(recipe));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.text("error_class")).isEqualTo("InvalidRecipeBindingsError");
        assertThat(refused.text("detail")).contains("parameters_schema");
        assertThat(refused.location()).isNull();
    }

    @Test
    void aRecipeDrivenConductRefusesCallerStepsAndADeprecatedCapability() {
        String capability = capability("cora.capability.rotate.deprecated");
        String id = registerFromRecipe(versionedRecipe(capability));

        HttpSession.Reply withSteps = http.post("/procedures/" + id + "/conduct",
                "{\"steps\":[{\"kind\":\"setpoint\",\"address\":\"sim:m1\",\"value\":1}]}");
        assertThat(withSteps.status()).isEqualTo(400);
        assertThat(withSteps.text("error_class")).isEqualTo("ProcedureStepsForbiddenForRecipeDrivenError");

        assertThat(http.post("/capabilities/" + capability + "/deprecate", null).status()).isEqualTo(204);
        HttpSession.Reply deprecated = http.post("/procedures/" + id + "/conduct", "{}");
        assertThat(deprecated.status()).isEqualTo(409);
        assertThat(deprecated.text("error_class")).isEqualTo("ProcedureBoundCapabilityDeprecatedError");

        assertThat(items("/procedures/" + id + "/events")).extracting(e -> text(e, "event_type"))
                .containsExactly("ProcedureRegistered", "RecipeExpansionRecorded");
        assertThat(items("/procedures/" + id + "/activities")).isEmpty();
    }

    private String registerFromRecipe(String recipe) {
        HttpSession.Reply reply = http.post("/procedures/from-recipe", """
                {"name":"Rotate","kind":"alignment","recipe_id":"%s","bindings":{"position":10}}""".formatted(recipe));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("procedure_id");
    }

    private String capability(String code) {
        HttpSession.Reply reply = http.post("/capabilities", "{\"code\":\"" + code + "\",\"name\":\"Rotate\","
                + "\"parameters_schema\":" + SCHEMA + ",\"executor_shapes\":[\"Procedure\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("capability_id");
    }

    private String versionedRecipe(String capabilityId) {
        HttpSession.Reply reply = http.post("/recipes", "{\"name\":\"Rotate to a position\",\"capability_id\":\""
                + capabilityId + "\",\"steps\":" + STEPS + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String id = reply.text("recipe_id");
        assertThat(http.post("/recipes/" + id + "/version", "{\"version\":\"v1\"}").status()).isEqualTo(204);
        return id;
    }
}
