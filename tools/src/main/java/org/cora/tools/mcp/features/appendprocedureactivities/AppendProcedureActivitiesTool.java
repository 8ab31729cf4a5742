package org.cora.tools.mcp.features.appendprocedureactivities;

import java.util.Map;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.wire.ActivityEntryRequests;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code append_procedure_activities} tool: {@code POST /procedures/{id}/activities} over MCP. */
public final class AppendProcedureActivitiesTool implements SliceTool {

    private final AppendProcedureActivitiesHandler handler;

    public AppendProcedureActivitiesTool(AppendProcedureActivitiesHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Append journal rows recorded outside a conduct (1..500); a retried event_id "
                + "adds nothing. Returns {event_count} counting the new rows.")
                .id("procedure_id")
                .body(BodyField.objects("entries", "rows {event_id, step_kind, payload (object), "
                                + "sampled_at, occurred_at?}").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        int count = handler.handle(
                new AppendProcedureActivitiesCommand(id, ActivityEntryRequests.read(call.body())), call.caller());
        return Map.of("event_count", count);
    }
}
