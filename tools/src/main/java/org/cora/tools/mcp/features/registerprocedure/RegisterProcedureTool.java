package org.cora.tools.mcp.features.registerprocedure;

import java.util.Map;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.registerprocedure.RegisterProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code register_procedure} tool: {@code POST /procedures} over MCP, the same handler and the same result. */
public final class RegisterProcedureTool implements SliceTool {

    private final RegisterProcedureHandler handler;

    public RegisterProcedureTool(RegisterProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Register a Procedure (status Defined) with inline steps to be given when it is "
                + "conducted. Returns {procedure_id}.")
                .body(BodyField.text("name", "what the Procedure is for, 1..200 characters").required(),
                        BodyField.text("kind", "its kind, e.g. alignment or bakeout").required(),
                        BodyField.uuids("target_asset_ids", "the Assets it acts on"),
                        BodyField.uuid("parent_run_id", "the Run it belongs to; pseudo-axis setpoints resolve "
                                + "through that Run's Plan"),
                        BodyField.uuid("capability_id", "the Capability it exercises"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RequestBody body = call.body();
        ProcedureId id = handler.handle(new RegisterProcedureCommand(body.requiredString("name"),
                body.requiredString("kind"), body.uuidList("target_asset_ids"),
                body.optionalUuid("parent_run_id").orElse(null), body.optionalUuid("capability_id").orElse(null)),
                call.caller());
        return Map.of("procedure_id", id.toString());
    }
}
