package org.cora.tools.mcp.features.completeprocedure;

import java.util.Map;
import org.cora.application.features.completeprocedure.CompleteProcedureHandler;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code complete_procedure} tool: {@code POST /procedures/{id}/complete} over MCP. */
public final class CompleteProcedureTool implements SliceTool {

    private final CompleteProcedureHandler handler;

    public CompleteProcedureTool(CompleteProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Complete a Running Procedure. Returns {}.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        handler.handle(new CompleteProcedureCommand(id, null), call.caller());
        return Map.of();
    }
}
