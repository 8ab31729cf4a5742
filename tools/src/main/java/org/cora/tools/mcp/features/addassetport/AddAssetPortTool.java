package org.cora.tools.mcp.features.addassetport;

import java.util.Map;
import org.cora.application.features.addassetport.AddAssetPortHandler;
import org.cora.application.wire.PortRequests;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.addassetport.AddAssetPortCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code add_asset_port} tool: {@code POST /assets/{id}/ports} over MCP, the same handler and the same result. */
public final class AddAssetPortTool implements SliceTool {

    private final AddAssetPortHandler handler;

    public AddAssetPortTool(AddAssetPortHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Add a port to an Asset. Returns {}.")
                .id("asset_id")
                .body(BodyField.text("name", "the port's name, unique on the Asset").required(),
                        BodyField.text("direction", "Input or Output").required(),
                        BodyField.text("signal_type", "what flows through it, e.g. position or energy").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        handler.handle(new AddAssetPortCommand(id, PortRequests.of(call.body())), call.caller());
        return Map.of();
    }
}
