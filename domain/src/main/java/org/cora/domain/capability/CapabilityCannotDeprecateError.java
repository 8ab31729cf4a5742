package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** The Capability is already deprecated, or would replace itself. */
public final class CapabilityCannotDeprecateError extends DomainError {

    public CapabilityCannotDeprecateError(String message) {
        super(message);
    }
}
