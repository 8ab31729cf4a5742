package org.cora.domain.features.bindassetcontrol;

import org.cora.domain.asset.AssetId;

/** Say where the Asset is commanded and (optionally) read back on the control system. */
public record BindAssetControlCommand(AssetId assetId, String setpointAddress, String readbackAddress) {
}
