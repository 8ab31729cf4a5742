package org.cora.tools.mcp.features.definerecipe;

import java.util.Map;
import org.cora.application.features.definerecipe.DefineRecipeHandler;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.definerecipe.DefineRecipeCommand;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeStepWireCodec;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code define_recipe} tool: {@code POST /recipes} over MCP, the same handler and the same result. */
public final class DefineRecipeTool implements SliceTool {

    private final DefineRecipeHandler handler;

    public DefineRecipeTool(DefineRecipeHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Define a Recipe for a Capability: step templates whose values may name the "
                + "Capability's parameters. Returns {recipe_id}.")
                .body(BodyField.text("name", "the Recipe's name").required(),
                        BodyField.uuid("capability_id", "the Capability it implements").required(),
                        BodyField.objects("steps", "steps as for a conduct, with {__binding__: "
                                + "parameter} where a bound value goes").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RequestBody body = call.body();
        CapabilityId capabilityId = new CapabilityId(RequestBody.uuid(body.requiredString("capability_id"),
                "capability_id"));
        RecipeId id = handler.handle(new DefineRecipeCommand(body.requiredString("name"), capabilityId,
                RecipeStepWireCodec.fromPayloads(body.get("steps")
                        .orElseThrow(() -> new InvalidRequestError("steps is required")), "steps")), call.caller());
        return Map.of("recipe_id", id.toString());
    }
}
