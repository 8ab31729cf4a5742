package org.cora.tools.mcp.features.getcapability;

import java.util.Map;
import org.cora.application.features.getcapability.GetCapabilityHandler;
import org.cora.application.features.getcapability.GetCapabilityQuery;
import org.cora.application.wire.RecipeViews;
import org.cora.domain.capability.CapabilityId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_capability} tool: {@code GET /capabilities/{id}} over MCP, the same handler and the same result. */
public final class GetCapabilityTool implements SliceTool {

    private final GetCapabilityHandler handler;

    public GetCapabilityTool(GetCapabilityHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Capability: code, name, parameters schema, executor shapes, status and "
                + "versions.")
                .id("capability_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        CapabilityId id = new CapabilityId(call.id("capability_id"));
        return RecipeViews.capability(handler.handle(new GetCapabilityQuery(id), call.caller()));
    }
}
