package org.cora.tools.mcp.features.abortprocedure;

import java.util.Map;
import org.cora.application.features.abortprocedure.AbortProcedureHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code abort_procedure} tool: {@code POST /procedures/{id}/abort} over MCP. */
public final class AbortProcedureTool implements SliceTool {

    private final AbortProcedureHandler handler;

    public AbortProcedureTool(AbortProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Abort a Running or Held Procedure, with a reason. Returns {}.")
                .id("procedure_id")
                .body(BodyField.text("reason", "why it is aborted").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        RequestBody body = call.body();
        handler.handle(new AbortProcedureCommand(id, body.optionalString("reason").orElse(null), null), call.caller());
        return Map.of();
    }
}
