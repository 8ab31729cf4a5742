package org.cora.domain.features.registerprocedurefromrecipe;

import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.recipe.RecipeId;

/** Register a Procedure whose steps come from a Recipe with these bindings. */
public record RegisterProcedureFromRecipeCommand(String name, String kind, List<UUID> targetAssetIds, UUID parentRunId,
                                                 RecipeId recipeId, Json.Obj bindings) {

    public RegisterProcedureFromRecipeCommand {
        targetAssetIds = targetAssetIds == null ? List.of() : List.copyOf(targetAssetIds);
        bindings = bindings == null ? Json.Obj.EMPTY : bindings;
    }
}
