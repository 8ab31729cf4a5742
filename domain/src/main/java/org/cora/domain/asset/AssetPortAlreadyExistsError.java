package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** The Asset already declares a port of this name. */
public final class AssetPortAlreadyExistsError extends DomainError {

    private final AssetId assetId;
    private final String portName;

    public AssetPortAlreadyExistsError(AssetId assetId, String portName) {
        super("Asset " + assetId + " already has a port named '" + portName + "'");
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
