package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** No Capability has this id. */
public final class CapabilityNotFoundError extends DomainError {

    private final CapabilityId capabilityId;

    public CapabilityNotFoundError(CapabilityId capabilityId) {
        super("Capability " + capabilityId + " not found");
        this.capabilityId = capabilityId;
    }

    public CapabilityId capabilityId() {
        return capabilityId;
    }
}
