package org.cora.tools.mcp.features.resumeprocedure;

import java.util.Map;
import org.cora.application.features.resumeprocedure.ResumeProcedureHandler;
import org.cora.application.wire.InvalidRequestError;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.procedure.ProcedureId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code resume_procedure} tool: {@code POST /procedures/{id}/resume} over MCP. */
public final class ResumeProcedureTool implements SliceTool {

    private final ResumeProcedureHandler handler;

    public ResumeProcedureTool(ResumeProcedureHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Resume a Held Procedure (Held to Running) from a re-establishment boundary, "
                + "without replaying anything; conduct_from_procedure resumes and replays. Returns {}.")
                .id("procedure_id")
                .body(BodyField.integer("re_establishment_boundary", "the step index to resume from").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        ProcedureId id = new ProcedureId(call.id("procedure_id"));
        long boundary = call.body().optionalInteger("re_establishment_boundary")
                .orElseThrow(() -> new InvalidRequestError("re_establishment_boundary is required"));
        handler.handle(new ResumeProcedureCommand(id, boundary, null), call.caller());
        return Map.of();
    }
}
