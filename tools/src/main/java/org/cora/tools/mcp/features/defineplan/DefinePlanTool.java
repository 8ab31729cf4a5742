package org.cora.tools.mcp.features.defineplan;

import java.util.Map;
import org.cora.application.features.defineplan.DefinePlanHandler;
import org.cora.domain.features.defineplan.DefinePlanCommand;
import org.cora.domain.plan.PlanId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code define_plan} tool: {@code POST /plans} over MCP, the same handler and the same result. */
public final class DefinePlanTool implements SliceTool {

    private final DefinePlanHandler handler;

    public DefinePlanTool(DefinePlanHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Define a Plan over a set of Assets; its wires say which motor drives which "
                + "pseudo-axis constituent. Returns {plan_id}.")
                .body(BodyField.uuids("asset_ids", "the Assets in the Plan").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        PlanId id = handler.handle(new DefinePlanCommand(call.body().uuidList("asset_ids")), call.caller());
        return Map.of("plan_id", id.toString());
    }
}
