package org.cora.tools.mcp.features.updateassetpartitionrule;

import java.util.Map;
import org.cora.application.features.updateassetpartitionrule.UpdateAssetPartitionRuleHandler;
import org.cora.application.wire.InvalidRequestError;
import org.cora.application.wire.RequestBody;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.updateassetpartitionrule.UpdateAssetPartitionRuleCommand;
import org.cora.domain.json.Json;
import org.cora.tools.mcp.BodyField;
import org.cora.tools.mcp.SliceTool;
import org.cora.tools.mcp.ToolCall;
import org.cora.tools.mcp.ToolSpec;

/** The {@code update_asset_partition_rule} tool: {@code PUT /assets/{id}/partition-rule} over MCP. */
public final class UpdateAssetPartitionRuleTool implements SliceTool {

    private final UpdateAssetPartitionRuleHandler handler;

    public UpdateAssetPartitionRuleTool(UpdateAssetPartitionRuleHandler handler) {
        this.handler = handler;
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.describedAs("Set the partition rule that makes an Asset a pseudo-axis (how a command splits "
                + "into its constituents' setpoints), or clear it with null. Returns {}.")
                .id("asset_id")
                .body(BodyField.objectOrNull("partition_rule", "the rule, or null to clear it").required());
    }

    @Override
    public Map<String, Object> call(ToolCall call) {
        AssetId id = new AssetId(call.id("asset_id"));
        RequestBody body = call.body();
        if (!body.has("partition_rule")) {
            throw new InvalidRequestError("partition_rule is required (null clears the rule)");
        }
        Json rule = body.get("partition_rule").orElse(null);
        if (rule != null && !(rule instanceof Json.Obj)) {
            throw new InvalidRequestError("partition_rule must be an object or null");
        }
        handler.handle(new UpdateAssetPartitionRuleCommand(id, (Json.Obj) rule), call.caller());
        return Map.of();
    }
}
