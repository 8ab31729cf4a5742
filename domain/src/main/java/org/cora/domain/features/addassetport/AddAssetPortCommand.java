package org.cora.domain.features.addassetport;

import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.PortSpec;

/** Declare one more port on an Asset. */
public record AddAssetPortCommand(AssetId assetId, PortSpec port) {
}
