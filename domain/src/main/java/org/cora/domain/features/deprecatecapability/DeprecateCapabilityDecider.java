package org.cora.domain.features.deprecatecapability;

import java.time.Instant;
import java.util.List;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityCannotDeprecateError;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityEvent.CapabilityDeprecated;
import org.cora.domain.capability.CapabilityNotFoundError;

/**
 * Invariants, in order: the Capability exists; it is not already deprecated (deprecating twice is
 * refused, not ignored); it is not its own replacement. Allowed from Defined and Versioned.
 */
public final class DeprecateCapabilityDecider {

    private DeprecateCapabilityDecider() {
    }

    public static List<CapabilityEvent> decide(Capability state, DeprecateCapabilityCommand command, Instant now) {
        if (state == null) {
            throw new CapabilityNotFoundError(command.capabilityId());
        }
        if (state.isDeprecated()) {
            throw new CapabilityCannotDeprecateError("Capability " + state.id() + " is already deprecated");
        }
        if (state.id().value().equals(command.replacedByCapabilityId())) {
            throw new CapabilityCannotDeprecateError("Capability " + state.id() + " cannot replace itself");
        }
        return List.of(new CapabilityDeprecated(state.id(), command.replacedByCapabilityId(), now));
    }
}
