package org.cora.tools.mcp.features.getprocedure;

import java.util.Map;
import org.cora.application.features.getprocedure.GetProcedureHandler;
import org.cora.application.features.getprocedure.GetProcedureQuery;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_procedure} tool: {@code GET /procedures/{id}} over MCP, the same handler and the same result. */
public final class GetProcedureTool implements SliceTool {

    private final GetProcedureHandler handler;

    public GetProcedureTool(GetProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Procedure: status, name, kind, targets, pending hold. Returns the same "
                + "object as GET /procedures/{id}.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        return JsonViews.procedure(handler.handle(new GetProcedureQuery(id), call.caller()));
    }
}
