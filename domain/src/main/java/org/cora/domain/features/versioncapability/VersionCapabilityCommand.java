package org.cora.domain.features.versioncapability;

import org.cora.domain.capability.CapabilityId;

/** Give a Capability a new version tag. */
public record VersionCapabilityCommand(CapabilityId capabilityId, String version) {
}
