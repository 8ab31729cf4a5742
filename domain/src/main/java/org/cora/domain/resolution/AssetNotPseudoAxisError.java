package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** A {@code pseudoaxis://} address that does not name an asset by its UUID. */
public final class AssetNotPseudoAxisError extends DomainError {

    private final String address;

    public AssetNotPseudoAxisError(String address) {
        super("'" + address + "' is not a pseudo-axis address: expected pseudoaxis://<asset-uuid>");
        this.address = address;
    }

    public String address() {
        return address;
    }
}
