package org.cora.tools.mcp.features.getprocedureevents;

import java.util.Map;
import org.cora.application.features.getprocedureevents.GetProcedureEventsHandler;
import org.cora.application.features.getprocedureevents.GetProcedureEventsQuery;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_procedure_events} tool: {@code GET /procedures/{id}/events} over MCP. */
public final class GetProcedureEventsTool implements SliceTool {

    private final GetProcedureEventsHandler handler;

    public GetProcedureEventsTool(GetProcedureEventsHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Procedure's event stream in version order (registered, resolved steps "
                + "pinned, started, held, ...). Returns {items}.")
                .id("procedure_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        return Map.of("items", handler.handle(new GetProcedureEventsQuery(id), call.caller()).stream()
                .map(JsonViews::event).toList());
    }
}
