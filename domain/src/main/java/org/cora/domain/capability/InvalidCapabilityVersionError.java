package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The version tag is empty, blank or longer than 50 characters after trimming. */
public final class InvalidCapabilityVersionError extends DomainError {

    public InvalidCapabilityVersionError(String message) {
        super(message);
    }
}
