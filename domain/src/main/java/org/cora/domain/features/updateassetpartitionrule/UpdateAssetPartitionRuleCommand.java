package org.cora.domain.features.updateassetpartitionrule;

import org.cora.domain.asset.AssetId;
import org.cora.domain.json.Json;

/** Set, change or clear (null) the Asset's partition rule, which makes it a pseudo-axis. */
public record UpdateAssetPartitionRuleCommand(AssetId assetId, Json.Obj partitionRule) {
}
