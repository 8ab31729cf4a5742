package org.cora.domain.features.changeassetlifecycle;

import org.cora.domain.asset.AssetId;

/** Move an Asset to another lifecycle state, named as on the wire (Active, Maintenance, ...). */
public record ChangeAssetLifecycleCommand(AssetId assetId, String lifecycle) {
}
