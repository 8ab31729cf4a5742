package org.cora.domain.features.removeassetport;

import org.cora.domain.asset.AssetId;

/** Remove a port from an Asset, by name. Wires that use it live on Plans and are not checked here. */
public record RemoveAssetPortCommand(AssetId assetId, String portName) {
}
