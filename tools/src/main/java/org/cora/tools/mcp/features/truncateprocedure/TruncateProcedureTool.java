package org.cora.tools.mcp.features.truncateprocedure;

import java.util.Map;
import org.cora.application.features.truncateprocedure.TruncateProcedureHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.truncateprocedure.TruncateProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code truncate_procedure} tool: {@code POST /procedures/{id}/truncate} over MCP. */
public final class TruncateProcedureTool implements SliceTool {

    private final TruncateProcedureHandler handler;

    public TruncateProcedureTool(TruncateProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Truncate a Running or Held Procedure: it ends where it was interrupted, with a "
                + "reason. Returns {}.")
                .id("procedure_id")
                .body(BodyField.text("reason", "why it is truncated").required(),
                        BodyField.timestamp("interrupted_at", "when it was interrupted (ISO-8601 with an offset, "
                                + "not in the future)"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        RequestBody body = call.body();
        handler.handle(new TruncateProcedureCommand(id, body.optionalString("reason").orElse(null),
                body.optionalInstant("interrupted_at").orElse(null)), call.caller());
        return Map.of();
    }
}
