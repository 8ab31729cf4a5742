package org.cora.tools.mcp.features.conductorholdprocedure;

import java.util.Map;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureCommand;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureHandler;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.StepRequests;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code conduct_or_hold_procedure} tool: {@code POST /procedures/{id}/conduct-or-hold} over MCP. */
public final class ConductOrHoldProcedureTool implements SliceTool {

    private final ConductOrHoldProcedureHandler handler;

    public ConductOrHoldProcedureTool(ConductOrHoldProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Conduct a Defined Procedure like conduct_procedure, but hold it (resumable) "
                + "instead of aborting when a step fails recoverably. Returns the conduct result with held.")
                .id("procedure_id")
                .body(BodyField.objects("steps", "0..500 steps as on POST /procedures/{id}/conduct: {kind: "
                                + "setpoint, address, value, verify?}, {kind: check, address, criterion: {kind: "
                                + "equals|within_tolerance, expected, tolerance?}}, {kind: action, name, params?}"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        ConductOrHoldProcedureCommand command = new ConductOrHoldProcedureCommand(id, StepRequests.read(call.body()));
        return JsonViews.plain(JsonViews.conductResult(handler.handle(command, call.caller())).build());
    }
}
