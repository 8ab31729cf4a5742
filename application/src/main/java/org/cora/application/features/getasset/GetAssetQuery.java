package org.cora.application.features.getasset;

import org.cora.domain.asset.AssetId;

/** The folded state of one Asset. */
public record GetAssetQuery(AssetId assetId) {
}
