package org.cora.tools.mcp.features.versionrecipe;

import java.util.Map;
import org.cora.application.features.versionrecipe.VersionRecipeHandler;
import org.cora.domain.features.versionrecipe.VersionRecipeCommand;
import org.cora.domain.recipe.RecipeId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code version_recipe} tool: {@code POST /recipes/{id}/version} over MCP. */
public final class VersionRecipeTool implements SliceTool {

    private final VersionRecipeHandler handler;

    public VersionRecipeTool(VersionRecipeHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Give a Recipe a new version tag, pinning its current steps under it. Returns "
                + "{}.")
                .id("recipe_id")
                .body(BodyField.text("version", "the new version tag").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RecipeId id = new RecipeId(call.id("recipe_id"));
        handler.handle(new VersionRecipeCommand(id, call.body().optionalString("version").orElse(null)), call.caller());
        return Map.of();
    }
}
