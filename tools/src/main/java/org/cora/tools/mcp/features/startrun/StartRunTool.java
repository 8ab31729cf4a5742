package org.cora.tools.mcp.features.startrun;

import java.util.Map;
import org.cora.application.features.startrun.StartRunHandler;
import org.cora.application.wire.InvalidRequestError;
import org.cora.domain.features.startrun.StartRunCommand;
import org.cora.domain.plan.PlanId;
import org.cora.domain.run.RunId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code start_run} tool: {@code POST /runs} over MCP, the same handler and the same result. */
public final class StartRunTool implements SliceTool {

    private final StartRunHandler handler;

    public StartRunTool(StartRunHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Start a Run of a Plan; Procedures registered with the Run as parent resolve "
                + "pseudo-axes through its Plan. Returns {run_id}.")
                .body(BodyField.uuid("plan_id", "the Plan to run").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        PlanId planId = new PlanId(call.body().optionalUuid("plan_id")
                .orElseThrow(() -> new InvalidRequestError("plan_id is required")));
        RunId id = handler.handle(new StartRunCommand(planId), call.caller());
        return Map.of("run_id", id.toString());
    }
}
