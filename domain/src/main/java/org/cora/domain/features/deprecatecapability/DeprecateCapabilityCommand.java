package org.cora.domain.features.deprecatecapability;

import java.util.UUID;
import org.cora.domain.capability.CapabilityId;

/** Retire a Capability, optionally naming the one that replaces it. */
public record DeprecateCapabilityCommand(CapabilityId capabilityId, UUID replacedByCapabilityId) {
}
