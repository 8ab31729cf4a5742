package org.cora.domain.features.appendprocedureactivities;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;

/** One journal row as its producer made it; {@code eventId} makes a retried append harmless. */
public record ActivityEntry(UUID eventId, String stepKind, Json.Obj payload, Instant sampledAt, Instant occurredAt) {

    public ActivityEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(stepKind, "stepKind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sampledAt, "sampledAt");
        occurredAt = occurredAt == null ? sampledAt : occurredAt;
    }

    /** A row written before an effect: {@code "result": "in_flight"}. */
    public boolean isInFlightMarker() {
        return payload.get("result").filter(Json.str("in_flight")::equals).isPresent();
    }
}
