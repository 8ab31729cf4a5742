package org.cora.tools.mcp.features.versioncapability;

import java.util.Map;
import org.cora.application.features.versioncapability.VersionCapabilityHandler;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.features.versioncapability.VersionCapabilityCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code version_capability} tool: {@code POST /capabilities/{id}/version} over MCP. */
public final class VersionCapabilityTool implements SliceTool {

    private final VersionCapabilityHandler handler;

    public VersionCapabilityTool(VersionCapabilityHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Give a Capability a new version tag. Returns {}.")
                .id("capability_id")
                .body(BodyField.text("version", "the new version tag").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        CapabilityId id = new CapabilityId(call.id("capability_id"));
        handler.handle(new VersionCapabilityCommand(id, call.body().optionalString("version").orElse(null)),
                call.caller());
        return Map.of();
    }
}
