package org.cora.tools.mcp.features.changeassetlifecycle;

import java.util.Map;
import org.cora.application.features.changeassetlifecycle.ChangeAssetLifecycleHandler;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.changeassetlifecycle.ChangeAssetLifecycleCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code change_asset_lifecycle} tool: {@code POST /assets/{id}/lifecycle} over MCP. */
public final class ChangeAssetLifecycleTool implements SliceTool {

    private final ChangeAssetLifecycleHandler handler;

    public ChangeAssetLifecycleTool(ChangeAssetLifecycleHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Move an Asset through its lifecycle: Commissioned, Active, Maintenance, "
                + "Decommissioned. Returns {}.")
                .id("asset_id")
                .body(BodyField.text("lifecycle", "the state to move to").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        handler.handle(new ChangeAssetLifecycleCommand(id, call.body().optionalString("lifecycle").orElse(null)),
                call.caller());
        return Map.of();
    }
}
