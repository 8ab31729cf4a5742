package org.cora.application.port;

import java.time.Instant;
import java.util.UUID;
import org.cora.domain.json.Json;

/** An event as the store keeps it: the envelope plus its global position, version and recording time. */
public record StoredEvent(long position, UUID eventId, String streamType, UUID streamId, long version,
                          String eventType, int schemaVersion, Json.Obj payload, Json.Obj metadata,
                          UUID correlationId, UUID causationId, String principal, Instant occurredAt,
                          Instant recordedAt) {
}
