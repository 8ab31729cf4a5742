package org.cora.domain.recipe;

import java.time.Instant;
import java.util.List;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.json.Json;
import org.cora.domain.recipe.RecipeEvent.RecipeDefined;
import org.cora.domain.recipe.RecipeEvent.RecipeDeprecated;
import org.cora.domain.recipe.RecipeEvent.RecipeVersioned;
import org.cora.domain.shared.StoredPayload;

/** Recipe events to and from their stored payloads (snake_case keys); the exact inverse of each other. */
public final class RecipeEventCodec {

    public static final List<String> EVENT_TYPES = List.of("RecipeDefined", "RecipeVersioned", "RecipeDeprecated");

    private RecipeEventCodec() {
    }

    public static Json.Obj toPayload(RecipeEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("recipe_id", event.recipeId().toString());
        switch (event) {
            case RecipeDefined d -> out.put("name", d.name()).put("capability_id", d.capabilityId().toString())
                    .put("steps", RecipeStepWireCodec.toPayloads(d.steps()));
            case RecipeVersioned v -> out.put("version", v.version())
                    .put("steps", RecipeStepWireCodec.toPayloads(v.steps()));
            case RecipeDeprecated d -> out.put("replaced_by_recipe_id",
                    d.replacedByRecipeId() == null ? null : d.replacedByRecipeId().toString());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static RecipeEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownRecipeEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedRecipeEventError::new);
        RecipeId id = new RecipeId(p.uuid("recipe_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "RecipeDefined" -> new RecipeDefined(id, p.string("name"), new CapabilityId(p.uuid("capability_id")),
                    steps(p, eventType), at);
            case "RecipeVersioned" -> new RecipeVersioned(id, p.string("version"), steps(p, eventType), at);
            case "RecipeDeprecated" -> new RecipeDeprecated(id, p.optionalUuid("replaced_by_recipe_id"), at);
            default -> throw new UnknownRecipeEventTypeError(eventType);
        };
    }

    private static List<RecipeStep> steps(StoredPayload p, String eventType) {
        try {
            return RecipeStepWireCodec.fromPayloads(p.array("steps"), "steps");
        } catch (InvalidRecipeStepError e) {
            throw new MalformedRecipeEventError(eventType, e.getMessage(), e);
        }
    }
}
