package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A Plan binds at least one Asset. */
public final class InvalidPlanAssetsError extends DomainError {

    private final String reason;

    public InvalidPlanAssetsError(String reason) {
        super("Invalid plan assets: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
