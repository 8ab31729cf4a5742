package org.cora.tools.mcp.features.bindassetcontrol;

import java.util.Map;
import org.cora.application.features.bindassetcontrol.BindAssetControlHandler;
import org.cora.application.wire.RequestBody;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.bindassetcontrol.BindAssetControlCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code bind_asset_control} tool: {@code POST /assets/{id}/control} over MCP. */
public final class BindAssetControlTool implements SliceTool {

    private final BindAssetControlHandler handler;

    public BindAssetControlTool(BindAssetControlHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Bind an Asset to its control-system addresses, so setpoints on the Asset reach "
                + "the hardware. Returns {}.")
                .id("asset_id")
                .body(BodyField.text("setpoint_address", "where setpoints are written, e.g. sim:m1").required(),
                        BodyField.text("readback_address", "where the value is read back; defaults to the "
                                + "setpoint address"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        RequestBody body = call.body();
        handler.handle(new BindAssetControlCommand(id, body.optionalString("setpoint_address").orElse(null),
                body.optionalString("readback_address").orElse(null)), call.caller());
        return Map.of();
    }
}
