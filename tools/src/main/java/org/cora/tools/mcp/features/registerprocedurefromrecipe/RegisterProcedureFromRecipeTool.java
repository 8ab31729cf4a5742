package org.cora.tools.mcp.features.registerprocedurefromrecipe;

import java.util.Map;
import org.cora.application.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.registerprocedurefromrecipe.RegisterProcedureFromRecipeCommand;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.recipe.RecipeId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code register_procedure_from_recipe} tool: {@code POST /procedures/from-recipe} over MCP. */
public final class RegisterProcedureFromRecipeTool implements SliceTool {

    private final RegisterProcedureFromRecipeHandler handler;

    public RegisterProcedureFromRecipeTool(RegisterProcedureFromRecipeHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Register a Procedure whose steps are a Recipe expanded with bindings "
                + "(validated against the Capability's parameters_schema); the expansion is recorded and replayed "
                + "at conduct. Returns {procedure_id}.")
                .body(BodyField.text("name", "what the Procedure is for").required(),
                        BodyField.text("kind", "its kind").required(),
                        BodyField.uuids("target_asset_ids", "the Assets it acts on"),
                        BodyField.uuid("parent_run_id", "the Run it belongs to"),
                        BodyField.uuid("recipe_id", "the Recipe to expand").required(),
                        BodyField.object("bindings", "values for the Recipe's parameters"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RequestBody body = call.body();
        RegisterProcedureFromRecipeCommand command = new RegisterProcedureFromRecipeCommand(
                body.requiredString("name"), body.requiredString("kind"), body.uuidList("target_asset_ids"),
                body.optionalUuid("parent_run_id").orElse(null),
                new RecipeId(RequestBody.uuid(body.requiredString("recipe_id"), "recipe_id")),
                body.optionalObject("bindings").orElse(Json.Obj.EMPTY));
        ProcedureId id = handler.handle(command, call.caller());
        return Map.of("procedure_id", id.toString());
    }
}
