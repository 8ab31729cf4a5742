package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** An Asset with this id is already registered. */
public final class AssetAlreadyExistsError extends DomainError {

    private final AssetId assetId;

    public AssetAlreadyExistsError(AssetId assetId) {
        super("Asset " + assetId + " already exists");
        this.assetId = assetId;
    }

    public AssetId assetId() {
        return assetId;
    }
}
