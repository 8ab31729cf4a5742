package org.cora.tools.mcp.features.streamprocedureactivities;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesHandler;
import org.cora.application.features.streamprocedureactivities.StreamProcedureActivitiesQuery;
import org.cora.application.live.LiveBatch;
import org.cora.application.port.AppendedJournalRow;
import org.cora.application.wire.JsonViews;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/**
 * The {@code stream_procedure_activities} tool. A tool call cannot stream, so it reads the feed the
 * SSE route pumps once: the rows committed after {@code after} (one page), the number to pass next
 * time, and the final status once the Procedure has left Running and every row was handed out. An
 * agent follows a conduct by calling it again with {@code last_event_id}.
 */
public final class StreamProcedureActivitiesTool implements SliceTool {

    private final StreamProcedureActivitiesHandler handler;

    public StreamProcedureActivitiesTool(StreamProcedureActivitiesHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The journal rows committed after a given append_seq (one page, in append "
                + "order), as GET /procedures/{id}/activities/stream delivers them. Returns {items: [{append_seq, "
                + "row}], last_event_id, more, end}: call again with after = last_event_id; end is the final "
                + "status once the Procedure is no longer Running and nothing more will come.")
                .id("procedure_id")
                .body(BodyField.integer("after", "the last append_seq already seen (default 0: from the start)"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        long after = call.body().optionalInteger("after").orElse(0L);
        LiveBatch<AppendedJournalRow> batch = handler.handle(new StreamProcedureActivitiesQuery(id, after),
                call.caller()).next();
        long last = batch.items().isEmpty() ? after : batch.items().getLast().appendSeq();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", batch.items().stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("append_seq", row.appendSeq());
            item.put("row", JsonViews.journalRow(row.row()));
            return item;
        }).toList());
        result.put("last_event_id", last);
        result.put("more", batch.more());
        result.put("end", batch.end().orElse(null));
        return result;
    }
}
