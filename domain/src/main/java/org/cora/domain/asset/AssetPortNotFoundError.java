package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** The Asset declares no port of this name. */
public final class AssetPortNotFoundError extends DomainError {

    private final AssetId assetId;
    private final String portName;

    public AssetPortNotFoundError(AssetId assetId, String portName) {
        super("Asset " + assetId + " has no port named '" + portName + "'");
        this.assetId = assetId;
        this.portName = portName;
    }

    public AssetId assetId() {
        return assetId;
    }

    public String portName() {
        return portName;
    }
}
