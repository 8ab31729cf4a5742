package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** No Asset has this id. */
public final class AssetNotFoundError extends DomainError {

    private final AssetId assetId;

    public AssetNotFoundError(AssetId assetId) {
        super("Asset " + assetId + " not found");
        this.assetId = assetId;
    }

    public AssetId assetId() {
        return assetId;
    }
}
