package org.cora.tools.mcp.features.addplanwire;

import java.util.Map;
import org.cora.application.features.addplanwire.AddPlanWireHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.features.addplanwire.AddPlanWireCommand;
import org.cora.domain.plan.PlanId;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code add_plan_wire} tool: {@code POST /plans/{id}/wires} over MCP, the same handler and the same result. */
public final class AddPlanWireTool implements SliceTool {

    private final AddPlanWireHandler handler;

    public AddPlanWireTool(AddPlanWireHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Wire an Output port of one Asset to an Input port of another in a Plan. "
                + "Returns {}.")
                .id("plan_id")
                .body(BodyField.uuid("source_asset_id", "the Asset the wire leaves").required(),
                        BodyField.text("source_port_name", "its Output port").required(),
                        BodyField.uuid("target_asset_id", "the Asset the wire enters").required(),
                        BodyField.text("target_port_name", "its Input port").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        PlanId id = new PlanId(call.id("plan_id"));
        RequestBody body = call.body();
        handler.handle(new AddPlanWireCommand(id, body.optionalUuid("source_asset_id").orElse(null),
                body.optionalString("source_port_name").orElse(null), body.optionalUuid("target_asset_id").orElse(null),
                body.optionalString("target_port_name").orElse(null)), call.caller());
        return Map.of();
    }
}
