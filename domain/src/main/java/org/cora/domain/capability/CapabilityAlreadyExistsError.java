package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** A Capability with this id is already defined. */
public final class CapabilityAlreadyExistsError extends DomainError {

    public CapabilityAlreadyExistsError(CapabilityId capabilityId) {
        super("Capability " + capabilityId + " already exists");
    }
}
