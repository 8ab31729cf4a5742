package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** The lifecycle is not one of Commissioned, Active, Maintenance, Decommissioned. */
public final class InvalidAssetLifecycleError extends DomainError {

    private final String value;

    public InvalidAssetLifecycleError(String value) {
        super("Asset lifecycle must be one of " + java.util.Arrays.toString(AssetLifecycle.values()) + ", got " + (value == null ? "nothing" : "'" + value + "'"));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
