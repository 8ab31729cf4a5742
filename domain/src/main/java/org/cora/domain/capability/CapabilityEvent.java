package org.cora.domain.capability;

import java.time.Instant;
import org.cora.domain.shared.AggregateEvent;
import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;

/** Everything that can happen to a Capability. The record name is the stored {@code event_type}. */
public sealed interface CapabilityEvent extends AggregateEvent {

    String STREAM_TYPE = "Capability";

    CapabilityId capabilityId();

    Instant occurredAt();

    default String eventType() {
        return getClass().getSimpleName();
    }

    /** Genesis. {@code executorShapes} are kept distinct and in declaration order. */
    record CapabilityDefined(CapabilityId capabilityId, String code, String name, Json.Obj parametersSchema,
                             List<ExecutorShape> executorShapes, Instant occurredAt) implements CapabilityEvent {
        public CapabilityDefined {
            executorShapes = executorShapes.stream().distinct().sorted().toList();
        }
    }

    record CapabilityVersioned(CapabilityId capabilityId, String version, Instant occurredAt)
            implements CapabilityEvent {
    }

    record CapabilityDeprecated(CapabilityId capabilityId, UUID replacedByCapabilityId, Instant occurredAt)
            implements CapabilityEvent {
    }
}
