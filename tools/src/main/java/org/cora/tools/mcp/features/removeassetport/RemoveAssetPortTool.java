package org.cora.tools.mcp.features.removeassetport;

import java.util.Map;
import org.cora.application.features.removeassetport.RemoveAssetPortHandler;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.removeassetport.RemoveAssetPortCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code remove_asset_port} tool: {@code POST /assets/{id}/ports/remove} over MCP. */
public final class RemoveAssetPortTool implements SliceTool {

    private final RemoveAssetPortHandler handler;

    public RemoveAssetPortTool(RemoveAssetPortHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Remove a port from an Asset by name. Returns {}.")
                .id("asset_id")
                .body(BodyField.text("name", "the port's name").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        handler.handle(new RemoveAssetPortCommand(id, call.body().optionalString("name").orElse(null)),
                call.caller());
        return Map.of();
    }
}
