package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The executor shapes are empty or name something other than {@code Method} and {@code Procedure}. */
public final class InvalidCapabilityExecutorShapesError extends DomainError {

    public InvalidCapabilityExecutorShapesError(String message) {
        super(message);
    }
}
