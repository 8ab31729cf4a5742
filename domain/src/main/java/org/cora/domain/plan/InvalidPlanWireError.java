package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A wire's port name is empty or longer than 100 characters after trimming, or an asset id is missing. */
public final class InvalidPlanWireError extends DomainError {

    private final String reason;

    public InvalidPlanWireError(String reason) {
        super("Invalid wire: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
