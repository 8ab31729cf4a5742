package org.cora.application.features.getcapability;

import org.cora.domain.capability.CapabilityId;

/** The folded state of one Capability. */
public record GetCapabilityQuery(CapabilityId capabilityId) {
}
