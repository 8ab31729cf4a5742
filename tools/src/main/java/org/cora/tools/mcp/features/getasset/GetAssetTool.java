package org.cora.tools.mcp.features.getasset;

import java.util.Map;
import org.cora.application.features.getasset.GetAssetHandler;
import org.cora.application.features.getasset.GetAssetQuery;
import org.cora.application.wire.EquipmentViews;
import org.cora.domain.asset.AssetId;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code get_asset} tool: {@code GET /assets/{id}} over MCP, the same handler and the same result. */
public final class GetAssetTool implements SliceTool {

    private final GetAssetHandler handler;

    public GetAssetTool(GetAssetHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("The Asset: name, lifecycle, ports, partition rule and control addresses.")
                .id("asset_id");
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        return EquipmentViews.asset(handler.handle(new GetAssetQuery(id), call.caller()));
    }
}
