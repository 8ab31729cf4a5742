package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class CapabilitiesAndRecipesOverHttpTest extends CoraServerTest {

    static final String SCHEMA = "{\"type\":\"object\",\"properties\":{\"energy\":{\"type\":\"number\"}}}";
    static final String STEPS = """
            [{"kind":"capture","address":"sim:m1.RBV","capture_name":"home"},
             {"kind":"setpoint","address":"sim:m1","value":{"__binding__":"energy"},"verify":true},
             {"kind":"action","name":"count","params":{"dwell":0.1,"energy":{"__binding__":"energy"}}},
             {"kind":"check","address":"sim:m1.RBV","criterion":{"kind":"within_tolerance","expected":1.5,"tolerance":0.01}},
             {"kind":"setpoint","address":"sim:m1","value":{"__capture__":"home"},"verify":false}]""";

    String defineCapability(String code) {
        HttpSession.Reply reply = http.post("/capabilities", "{\"code\":\"" + code + "\",\"name\":\"Energy scan\","
                + "\"parameters_schema\":" + SCHEMA + ",\"executor_shapes\":[\"Procedure\"]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/capabilities/" + reply.text("capability_id"));
        return reply.text("capability_id");
    }

    String defineRecipe(String capabilityId) {
        HttpSession.Reply reply = http.post("/recipes", "{\"name\":\"Scan at energy\",\"capability_id\":\"" + capabilityId
                + "\",\"steps\":" + STEPS + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.location()).endsWith("/recipes/" + reply.text("recipe_id"));
        return reply.text("recipe_id");
    }

    @Test
    void aCapabilityIsDefinedVersionedAndDeprecated() {
        String id = defineCapability("cora.capability.energy_scan");
        Json.Obj defined = http.get("/capabilities/" + id).json();
        assertThat(defined.get("status")).contains(Json.str("Defined"));
        assertThat(defined.get("parameters_schema")).contains(JsonParser.parse(SCHEMA));
        assertThat(defined.get("executor_shapes")).contains(Json.of(List.of("Procedure")));

        assertThat(http.post("/capabilities/" + id + "/version", "{\"version\":\"v1\"}").status()).isEqualTo(204);
        assertRefused(http.post("/capabilities/" + id + "/version", "{\"version\":\"v1\"}"), 409,
                "CapabilityCannotVersionError", "already");
        assertThat(http.post("/capabilities/" + id + "/deprecate", null).status()).isEqualTo(204);
        assertRefused(http.post("/capabilities/" + id + "/deprecate", null), 409, "CapabilityCannotDeprecateError",
                "already deprecated");

        Json.Obj after = http.get("/capabilities/" + id).json();
        assertThat(after.get("status")).contains(Json.str("Deprecated"));
        assertThat(after.get("version")).contains(Json.str("v1"));
        assertThat(streamEventTypes("Capability", id)).containsExactly("CapabilityDefined", "CapabilityVersioned",
                "CapabilityDeprecated");
    }

    @Test
    void aRecipeOfACapabilityIsDefinedVersionedAndReadBackAsOfEachVersion() {
        String capabilityId = defineCapability("cora.capability.recipe_story");
        String id = defineRecipe(capabilityId);

        assertThat(http.post("/recipes/" + id + "/version", "{\"version\":\"2026.1\"}").status()).isEqualTo(204);
        Json.Obj recipe = http.get("/recipes/" + id).json();

        assertThat(recipe.get("capability_id")).contains(Json.str(capabilityId));
        assertThat(recipe.get("status")).contains(Json.str("Versioned"));
        assertThat(recipe.get("version")).contains(Json.str("2026.1"));
        assertThat(recipe.get("steps")).contains(JsonParser.parse(STEPS));
        Json.Obj version = (Json.Obj) ((Json.Arr) recipe.get("versions").orElseThrow()).items().getFirst();
        assertThat(version.get("steps")).contains(JsonParser.parse(STEPS));
        assertThat(streamEventTypes("Recipe", id)).containsExactly("RecipeDefined", "RecipeVersioned");

        assertRefused(http.post("/recipes/" + id + "/version", "{\"version\":\"2026.1\"}"), 409,
                "RecipeCannotVersionError", "already");
        assertThat(http.post("/recipes/" + id + "/deprecate", "{}").status()).isEqualTo(204);
        assertRefused(http.post("/recipes/" + id + "/deprecate", "{}"), 409, "RecipeCannotDeprecateError", "already");
    }

    @Test
    void refusedCapabilityDefinitionsAppendNothing() {
        long before = countEvents("Capability");
        assertRefused(http.post("/capabilities", "{\"code\":\"Bad Code\",\"name\":\"x\",\"parameters_schema\":" + SCHEMA
                + ",\"executor_shapes\":[\"Method\"]}"), 400, "InvalidCapabilityCodeError", "dotted lower-case");
        assertRefused(http.post("/capabilities", "{\"code\":\"cora.capability.x\",\"name\":\" \",\"parameters_schema\":"
                + SCHEMA + ",\"executor_shapes\":[\"Method\"]}"), 400, "InvalidCapabilityNameError", "1..200");
        assertRefused(http.post("/capabilities", "{\"code\":\"cora.capability.x\",\"name\":\"x\",\"parameters_schema\":"
                + "{\"type\":\"array\"},\"executor_shapes\":[\"Method\"]}"), 400, "InvalidCapabilityParametersSchemaError",
                "\"object\"");
        assertRefused(http.post("/capabilities", "{\"code\":\"cora.capability.x\",\"name\":\"x\",\"parameters_schema\":"
                + SCHEMA + ",\"executor_shapes\":[\"Robot\"]}"), 400, "InvalidCapabilityExecutorShapesError", "Robot");
        assertRefused(http.post("/capabilities", "{\"code\":\"cora.capability.x\",\"colour\":1}"), 422,
                "InvalidRequestError", "unknown field 'colour'");
        assertThat(countEvents("Capability")).isEqualTo(before);
    }

    @Test
    void refusedRecipeRequestsAppendNothing() {
        String capabilityId = defineCapability("cora.capability.refusals");
        String unknown = "0190a4b0-0000-7000-8000-000000000000";
        long before = countEvents("Recipe");
        assertRefused(http.post("/recipes", "{\"name\":\"r\",\"capability_id\":\"" + unknown + "\",\"steps\":" + STEPS + "}"),
                404, "CapabilityNotFoundError", "not found");
        assertRefused(http.post("/recipes", "{\"name\":\"r\",\"capability_id\":\"" + capabilityId + "\",\"steps\":[]}"),
                422, "InvalidRecipeStepError", "at least one");
        assertRefused(http.post("/recipes", "{\"name\":\"r\",\"capability_id\":\"" + capabilityId + "\",\"steps\":"
                + "[{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":{\"__binding__\":\"x\",\"y\":1}}]}"),
                422, "InvalidRecipeStepError", "steps[0].value");
        assertRefused(http.post("/recipes", "{\"name\":\"r\",\"capability_id\":\"" + capabilityId + "\",\"steps\":"
                + "[{\"kind\":\"setpoint\",\"address\":\"a\",\"value\":{\"__binding__\":\"colour\"}}]}"),
                422, "RecipeBindingsStaleAgainstCurrentCapabilityError", "colour");
        assertRefused(http.post("/recipes", "{\"name\":\"\",\"capability_id\":\"" + capabilityId + "\",\"steps\":" + STEPS + "}"),
                400, "InvalidRecipeNameError", "1..200");
        assertRefused(http.get("/recipes/" + unknown), 404, "RecipeNotFoundError", "not found");
        assertRefused(http.post("/recipes/" + unknown + "/version", "{\"version\":\"v1\"}"), 404, "RecipeNotFoundError",
                "not found");
        assertRefused(http.get("/capabilities/" + unknown), 404, "CapabilityNotFoundError", "not found");
        assertRefused(http.get("/recipes/not-a-uuid"), 400, "MalformedRequestError", "recipe_id must be a UUID");
        assertThat(countEvents("Recipe")).isEqualTo(before);

        String id = defineRecipe(capabilityId);
        assertRefused(http.post("/recipes/" + id + "/version", "{\"version\":\"" + "v".repeat(51) + "\"}"), 400,
                "InvalidRecipeVersionError", "1..50");
        assertThat(streamEventTypes("Recipe", id)).containsExactly("RecipeDefined");
    }

    private long countEvents(String streamType) {
        return query("select count(*) from events where stream_type = '" + streamType + "'", rs -> rs.getLong(1)).getFirst();
    }

    private List<String> streamEventTypes(String streamType, String id) {
        return query("select event_type from events where stream_type = '" + streamType + "' and stream_id = '" + id
                + "' order by version", rs -> rs.getString(1));
    }

    interface Row<T> {
        T read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        try (var connection = testDatabase().getConnection(); var statement = connection.createStatement();
             var rs = statement.executeQuery(sql)) {
            List<T> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(HttpSession.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
    }
}
