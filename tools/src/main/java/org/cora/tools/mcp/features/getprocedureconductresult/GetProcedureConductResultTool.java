package org.cora.tools.mcp.features.getprocedureconductresult;

import java.util.Map;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultHandler;
import org.cora.application.features.getprocedureconductresult.GetProcedureConductResultQuery;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_procedure_conduct_result} tool: {@code GET /procedures/{id}/conduct-result} over MCP. */
public final class GetProcedureConductResultTool implements SliceTool {

    private final GetProcedureConductResultHandler handler;

    public GetProcedureConductResultTool(GetProcedureConductResultHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Procedure's most recent background conduct (after a conduct with "
                + "Prefer: respond-async over HTTP): state walking, finished, failed or lost, and once finished "
                + "the result the synchronous conduct would have returned.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        return JsonViews.conductResult(handler.handle(new GetProcedureConductResultQuery(id), call.caller()));
    }
}
