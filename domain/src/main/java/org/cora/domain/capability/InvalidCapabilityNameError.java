package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The name is empty, blank or longer than 200 characters after trimming. */
public final class InvalidCapabilityNameError extends DomainError {

    public InvalidCapabilityNameError(String message) {
        super(message);
    }
}
