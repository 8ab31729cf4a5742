package org.cora.domain.capability;

import java.util.List;
import org.cora.domain.capability.CapabilityEvent.CapabilityDefined;
import org.cora.domain.capability.CapabilityEvent.CapabilityDeprecated;
import org.cora.domain.capability.CapabilityEvent.CapabilityVersioned;

/** Folds Capability events into state. */
public final class CapabilityEvolver {

    private CapabilityEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Capability fold(List<CapabilityEvent> events) {
        Capability state = null;
        for (CapabilityEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Capability evolve(Capability state, CapabilityEvent event) {
        if (event instanceof CapabilityDefined d) {
            return new Capability(d.capabilityId(), d.code(), d.name(), d.parametersSchema(), d.executorShapes(),
                    CapabilityStatus.Defined, null, List.of(), null);
        }
        if (state == null) {
            throw new MalformedCapabilityEventError(event.eventType(),
                    "it comes before CapabilityDefined on stream " + event.capabilityId(), null);
        }
        return switch (event) {
            case CapabilityDefined d -> throw new IllegalStateException("handled above");
            case CapabilityVersioned v -> state.versioned(v.version());
            case CapabilityDeprecated d -> state.deprecated(d.replacedByCapabilityId());
        };
    }
}
