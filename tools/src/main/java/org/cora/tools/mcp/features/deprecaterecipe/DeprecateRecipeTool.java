package org.cora.tools.mcp.features.deprecaterecipe;

import java.util.Map;
import org.cora.application.features.deprecaterecipe.DeprecateRecipeHandler;
import org.cora.domain.features.deprecaterecipe.DeprecateRecipeCommand;
import org.cora.domain.recipe.RecipeId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code deprecate_recipe} tool: {@code POST /recipes/{id}/deprecate} over MCP. */
public final class DeprecateRecipeTool implements SliceTool {

    private final DeprecateRecipeHandler handler;

    public DeprecateRecipeTool(DeprecateRecipeHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Deprecate a Recipe, optionally naming its replacement. Returns {}.")
                .id("recipe_id")
                .body(BodyField.uuid("replaced_by_recipe_id", "the Recipe that replaces it"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RecipeId id = new RecipeId(call.id("recipe_id"));
        handler.handle(new DeprecateRecipeCommand(id, call.body().optionalUuid("replaced_by_recipe_id").orElse(null)),
                call.caller());
        return Map.of();
    }
}
