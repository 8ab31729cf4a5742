package org.cora.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;

/** An event about to be appended, with its envelope. */
public record NewEvent(UUID eventId, String eventType, int schemaVersion, Json.Obj payload, Json.Obj metadata,
                       UUID correlationId, UUID causationId, String principal, Instant occurredAt) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
