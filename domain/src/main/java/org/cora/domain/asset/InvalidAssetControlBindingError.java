package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** A control address is empty, too long, holds whitespace, or is itself virtual. */
public final class InvalidAssetControlBindingError extends DomainError {

    private final String reason;

    public InvalidAssetControlBindingError(String reason) {
        super("Invalid control binding: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
