package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** The lifecycle FSM has no such transition (staying put included). */
public final class AssetCannotChangeLifecycleError extends DomainError {

    private final AssetId assetId;
    private final AssetLifecycle currentLifecycle;
    private final AssetLifecycle requestedLifecycle;

    public AssetCannotChangeLifecycleError(AssetId assetId, AssetLifecycle currentLifecycle, AssetLifecycle requestedLifecycle) {
        super("Asset " + assetId + " cannot change lifecycle from " + currentLifecycle + " to " + requestedLifecycle);
        this.assetId = assetId;
        this.currentLifecycle = currentLifecycle;
        this.requestedLifecycle = requestedLifecycle;
    }

    public AssetId assetId() {
        return assetId;
    }

    public AssetLifecycle currentLifecycle() {
        return currentLifecycle;
    }

    public AssetLifecycle requestedLifecycle() {
        return requestedLifecycle;
    }
}
