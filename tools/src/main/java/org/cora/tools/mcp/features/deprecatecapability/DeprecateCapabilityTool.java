package org.cora.tools.mcp.features.deprecatecapability;

import java.util.Map;
import org.cora.application.features.deprecatecapability.DeprecateCapabilityHandler;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.deprecatecapability.DeprecateCapabilityCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code deprecate_capability} tool: {@code POST /capabilities/{id}/deprecate} over MCP. */
public final class DeprecateCapabilityTool implements SliceTool {

    private final DeprecateCapabilityHandler handler;

    public DeprecateCapabilityTool(DeprecateCapabilityHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Deprecate a Capability, optionally naming its replacement; Procedures bound to "
                + "it can no longer be conducted. Returns {}.")
                .id("capability_id")
                .body(BodyField.uuid("replaced_by_capability_id", "the Capability that replaces it"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        CapabilityId id = new CapabilityId(call.id("capability_id"));
        handler.handle(new DeprecateCapabilityCommand(id,
                call.body().optionalUuid("replaced_by_capability_id").orElse(null)), call.caller());
        return Map.of();
    }
}
