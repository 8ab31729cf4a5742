package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The Capability is deprecated, or already carries this version tag: versioning is not idempotent. */
public final class CapabilityCannotVersionError extends DomainError {

    public CapabilityCannotVersionError(String message) {
        super(message);
    }
}
