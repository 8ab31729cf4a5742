package org.cora.tools.mcp.features.getprocedureresumepoint;

import java.util.Map;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointHandler;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointQuery;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_procedure_resume_point} tool: {@code GET /procedures/{id}/resume-point} over MCP. */
public final class GetProcedureResumePointTool implements SliceTool {

    private final GetProcedureResumePointHandler handler;

    public GetProcedureResumePointTool(GetProcedureResumePointHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Where conduct_from_procedure would resume and why (in_flight, failed or next), "
                + "the pinned step there, and whether the replay would halt at an acquisition.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        return JsonViews.resumePoint(id,
                handler.handle(new GetProcedureResumePointQuery(id), call.caller()));
    }
}
