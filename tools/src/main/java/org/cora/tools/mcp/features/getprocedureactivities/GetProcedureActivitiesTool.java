package org.cora.tools.mcp.features.getprocedureactivities;

import java.util.Map;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesHandler;
import org.cora.application.features.getprocedureactivities.GetProcedureActivitiesQuery;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_procedure_activities} tool: {@code GET /procedures/{id}/activities} over MCP. */
public final class GetProcedureActivitiesTool implements SliceTool {

    private final GetProcedureActivitiesHandler handler;

    public GetProcedureActivitiesTool(GetProcedureActivitiesHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Procedure's step journal in append order: one row per step outcome and "
                + "in-flight marker, with step_index, result, error_class and readings in each payload. Returns "
                + "{items}.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        return Map.of("items", handler.handle(new GetProcedureActivitiesQuery(id), call.caller())
                .stream().map(JsonViews::journalRow).toList());
    }
}
