package org.cora.tools.mcp.features.getrecipe;

import java.util.Map;
import org.cora.application.features.getrecipe.GetRecipeHandler;
import org.cora.application.features.getrecipe.GetRecipeQuery;
import org.cora.application.wire.RecipeViews;
import org.cora.domain.recipe.RecipeId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_recipe} tool: {@code GET /recipes/{id}} over MCP, the same handler and the same result. */
public final class GetRecipeTool implements SliceTool {

    private final GetRecipeHandler handler;

    public GetRecipeTool(GetRecipeHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Recipe: its Capability, steps, status and versions.")
                .id("recipe_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RecipeId id = new RecipeId(call.id("recipe_id"));
        return RecipeViews.recipe(handler.handle(new GetRecipeQuery(id), call.caller()));
    }
}
