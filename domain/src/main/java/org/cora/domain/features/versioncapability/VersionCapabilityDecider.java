package org.cora.domain.features.versioncapability;

import java.time.Instant;
import java.util.List;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityCannotVersionError;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityEvent.CapabilityVersioned;
import org.cora.domain.capability.CapabilityNotFoundError;
import org.cora.domain.capability.InvalidCapabilityVersionError;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the Capability exists; the tag is 1..50 characters trimmed; the Capability
 * is not deprecated; the tag is new to it (repeating a version is refused, not ignored).
 */
public final class VersionCapabilityDecider {

    public static final int VERSION_MAX = 50;

    private VersionCapabilityDecider() {
    }

    public static List<CapabilityEvent> decide(Capability state, VersionCapabilityCommand command, Instant now) {
        if (state == null) {
            throw new CapabilityNotFoundError(command.capabilityId());
        }
        String tag = BoundedText.trimmed(command.version(), VERSION_MAX).orElseThrow(() ->
                new InvalidCapabilityVersionError("Capability version must be 1.." + VERSION_MAX
                        + " characters after trimming, got " + BoundedText.describe(command.version())));
        if (state.isDeprecated()) {
            throw new CapabilityCannotVersionError("Capability " + state.id() + " is deprecated and cannot be versioned");
        }
        if (state.versions().contains(tag)) {
            throw new CapabilityCannotVersionError("Capability " + state.id() + " already has version '" + tag + "'");
        }
        return List.of(new CapabilityVersioned(state.id(), tag, now));
    }
}
