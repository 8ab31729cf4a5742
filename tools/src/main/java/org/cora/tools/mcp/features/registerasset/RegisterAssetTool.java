package org.cora.tools.mcp.features.registerasset;

import java.util.Map;
import org.cora.application.features.registerasset.RegisterAssetHandler;
import org.cora.application.wire.PortRequests;
import org.cora.application.wire.RequestBody;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.registerasset.RegisterAssetCommand;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code register_asset} tool: {@code POST /assets} over MCP, the same handler and the same result. */
public final class RegisterAssetTool implements SliceTool {

    private final RegisterAssetHandler handler;

    public RegisterAssetTool(RegisterAssetHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Register an Asset (a motor, a detector, a pseudo-axis) with its ports. Returns "
                + "{asset_id}.")
                .body(BodyField.text("name", "the Asset's name").required(),
                        BodyField.objects("ports", "its ports, each {name, direction: Input|Output, signal_type}"));
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        RequestBody body = call.body();
        AssetId id = handler.handle(new RegisterAssetCommand(body.optionalString("name").orElse(null),
                PortRequests.list(body, "ports")), call.caller());
        return Map.of("asset_id", id.toString());
    }
}
