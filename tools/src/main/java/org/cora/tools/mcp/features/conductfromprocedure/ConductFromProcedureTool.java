package org.cora.tools.mcp.features.conductfromprocedure;

import java.util.Map;
import java.util.OptionalLong;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureCommand;
import org.cora.application.features.conductfromprocedure.ConductFromProcedureHandler;
import org.cora.application.wire.JsonViews;
import org.cora.application.wire.RequestBody;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code conduct_from_procedure} tool: {@code POST /procedures/{id}/conduct-from} over MCP. */
public final class ConductFromProcedureTool implements SliceTool {

    private final ConductFromProcedureHandler handler;

    public ConductFromProcedureTool(ConductFromProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Resume a Held Procedure and replay its pinned steps from a boundary (the "
                + "computed resume point when none is given), re-driving setpoints and re-running checks. Returns "
                + "the conduct result with re_establishment_boundary, acquisition_halt and resume_point.")
                .id("procedure_id")
                .body(BodyField.integer("re_establishment_boundary", "the pinned step index to replay from; "
                                + "omit it to use the resume point"),
                        BodyField.bool("restore_captures", "restore captures taken before the boundary from the "
                                + "journal"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        RequestBody body = call.body();
        OptionalLong boundary = body.optionalInteger("re_establishment_boundary")
                .map(OptionalLong::of).orElse(OptionalLong.empty());
        return JsonViews.conductFromResult(handler.handle(new ConductFromProcedureCommand(id, boundary,
                body.optionalBoolean("restore_captures", false)), call.caller()));
    }
}
