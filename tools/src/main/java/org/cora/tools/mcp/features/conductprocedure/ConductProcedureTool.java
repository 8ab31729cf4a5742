package org.cora.tools.mcp.features.conductprocedure;

import java.util.Map;
import org.cora.application.features.conductprocedure.ConductProcedureCommand;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.StepRequests;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code conduct_procedure} tool: {@code POST /procedures/{id}/conduct} over MCP. */
public final class ConductProcedureTool implements SliceTool {

    private final ConductProcedureHandler handler;

    public ConductProcedureTool(ConductProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Conduct a Defined Procedure: resolve and pin its steps, start it, walk them "
                + "and complete it (or abort on a failed step). Step failures and lifecycle refusals are in the "
                + "result's failure (succeeded false), not errors. Returns {procedure_id, completed_count, "
                + "succeeded, failure, actuation_kind, held}.")
                .id("procedure_id")
                .body(BodyField.objects("steps", "0..500 steps as on POST /procedures/{id}/conduct: {kind: "
                                + "setpoint, address, value, verify?}, {kind: check, address, criterion: {kind: "
                                + "equals|within_tolerance, expected, tolerance?}}, {kind: action, name, params?}"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        ConductProcedureCommand command = new ConductProcedureCommand(id, StepRequests.read(call.body()));
        return JsonViews.plain(JsonViews.conductResult(handler.handle(command, call.caller())).build());
    }
}
