package org.cora.application.wire;

import java.util.Map;
import org.cora.domain.capability.Capability;
import org.cora.domain.json.Json;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeStepWireCodec;
import org.cora.domain.recipe.RecipeVersion;

/** The response shapes of Capabilities and Recipes, snake_case as the wire contract has them. */
public final class RecipeViews {

    private RecipeViews() {
    }

    public static Map<String, Object> capability(Capability c) {
        return JsonViews.plain(Json.Obj.builder()
                .put("capability_id", c.id().toString())
                .put("code", c.code())
                .put("name", c.name())
                .put("parameters_schema", c.parametersSchema())
                .put("executor_shapes", Json.of(c.executorShapes().stream().map(Enum::name).toList()))
                .put("status", c.status().name())
                .put("version", c.version())
                .put("versions", Json.of(c.versions()))
                .put("replaced_by_capability_id", text(c.replacedByCapabilityId()))
                .build());
    }

    public static Map<String, Object> recipe(Recipe r) {
        return JsonViews.plain(Json.Obj.builder()
                .put("recipe_id", r.id().toString())
                .put("name", r.name())
                .put("capability_id", r.capabilityId().toString())
                .put("steps", RecipeStepWireCodec.toPayloads(r.steps()))
                .put("status", r.status().name())
                .put("version", r.version())
                .put("versions", new Json.Arr(r.versions().stream().map(v -> (Json) version(v)).toList()))
                .put("replaced_by_recipe_id", text(r.replacedByRecipeId()))
                .build());
    }

    private static Json.Obj version(RecipeVersion v) {
        return Json.Obj.builder().put("version", v.tag()).put("steps", RecipeStepWireCodec.toPayloads(v.steps()))
                .build();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
