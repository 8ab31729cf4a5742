package org.cora.tools.mcp.features.getplan;

import java.util.Map;
import org.cora.application.features.getplan.GetPlanHandler;
import org.cora.application.features.getplan.GetPlanQuery;
import org.cora.application.wire.EquipmentViews;
import org.cora.domain.plan.PlanId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_plan} tool: {@code GET /plans/{id}} over MCP, the same handler and the same result. */
public final class GetPlanTool implements SliceTool {

    private final GetPlanHandler handler;

    public GetPlanTool(GetPlanHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Plan: its Assets and wires.")
                .id("plan_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        PlanId id = new PlanId(call.id("plan_id"));
        return EquipmentViews.plan(handler.handle(new GetPlanQuery(id), call.caller()));
    }
}
