package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** A Decommissioned Asset is never changed again. */
public final class AssetDecommissionedError extends DomainError {

    private final AssetId assetId;
    private final String change;

    public AssetDecommissionedError(AssetId assetId, String change) {
        super("Asset " + assetId + " is Decommissioned: cannot " + change);
        this.assetId = assetId;
        this.change = change;
    }

    public AssetId assetId() {
        return assetId;
    }

    public String change() {
        return change;
    }
}
