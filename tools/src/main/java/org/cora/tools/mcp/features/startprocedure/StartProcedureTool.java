package org.cora.tools.mcp.features.startprocedure;

import java.util.Map;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code start_procedure} tool: {@code POST /procedures/{id}/start} over MCP. */
public final class StartProcedureTool implements SliceTool {

    private final StartProcedureHandler handler;

    public StartProcedureTool(StartProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Start a Defined Procedure (Defined to Running) after its preflight gates. "
                + "Returns {}.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        handler.handle(new StartProcedureCommand(id), call.caller());
        return Map.of();
    }
}
