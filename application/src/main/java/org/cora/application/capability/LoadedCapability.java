package org.cora.application.capability;

import java.util.List;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.capability.CapabilityNotFoundError;

/** A Capability stream as read: the folded state (null when absent), its version and its events. */
public record LoadedCapability(CapabilityId id, Capability state, long version, List<CapabilityEvent> events) {

    public LoadedCapability {
        events = List.copyOf(events);
    }

    /** The state, or {@link CapabilityNotFoundError} for an absent Capability. */
    public Capability require() {
        if (state == null) {
            throw new CapabilityNotFoundError(id);
        }
        return state;
    }
}
