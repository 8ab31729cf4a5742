package org.cora.tools.mcp.features.holdprocedure;

import java.util.Map;
import org.cora.application.features.holdprocedure.HoldOutcome;
import org.cora.application.features.holdprocedure.HoldProcedureHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code hold_procedure} tool: {@code POST /procedures/{id}/hold} over MCP. */
public final class HoldProcedureTool implements SliceTool {

    private final HoldProcedureHandler handler;

    public HoldProcedureTool(HoldProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Hold a Running Procedure, with a reason. Returns {} when it is Held; when a "
                + "conductor is walking it, returns {procedure_id, hold} and the conductor holds once the step in "
                + "progress has finished.")
                .id("procedure_id")
                .body(BodyField.text("reason", "why it is held").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        RequestBody body = call.body();
        HoldOutcome outcome = handler.handle(
                HoldProcedureCommand.byOperator(id, body.optionalString("reason").orElse(null)), call.caller());
        return outcome == HoldOutcome.HELD ? Map.of() : Map.of("procedure_id", id.toString(),
                "hold", "requested: the conductor holds when the step in progress has finished");
    }
}
