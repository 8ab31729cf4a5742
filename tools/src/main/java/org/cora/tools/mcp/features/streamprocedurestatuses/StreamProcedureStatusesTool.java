package org.cora.tools.mcp.features.streamprocedurestatuses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.cora.application.features.streamprocedurestatuses.ProcedureStatusChange;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesHandler;
import org.cora.application.features.streamprocedurestatuses.StreamProcedureStatusesQuery;
import org.cora.application.live.LiveBatch;
import org.cora.application.wire.JsonViews;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/**
 * The {@code stream_procedure_statuses} tool: one read of the status feed the SSE route pumps, the
 * status changes of every Procedure after a global event position (one page).
 */
public final class StreamProcedureStatusesTool implements SliceTool {

    private final StreamProcedureStatusesHandler handler;

    public StreamProcedureStatusesTool(StreamProcedureStatusesHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Status changes of every Procedure after a global event position (one page), as "
                + "GET /procedures/status-stream delivers them. Without after it starts at the present (and usually "
                + "returns nothing); after = 0 reads from the beginning. Returns {items, last_event_id, more}: call "
                + "again with after = last_event_id.")
                .body(BodyField.integer("after", "the last position already seen"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        OptionalLong after = call.body().optionalInteger("after").map(OptionalLong::of).orElse(OptionalLong.empty());
        LiveBatch<ProcedureStatusChange> batch = handler.handle(new StreamProcedureStatusesQuery(after), call.caller())
                .next();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", batch.items().stream().map(JsonViews::statusChange).toList());
        result.put("last_event_id", batch.items().isEmpty() ? (after.isPresent() ? after.getAsLong() : null)
                : batch.items().getLast().position());
        result.put("more", batch.more());
        return result;
    }
}
