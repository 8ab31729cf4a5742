package org.cora.adapters.postgres;

import java.time.Instant;
import java.util.UUID;
import org.cora.domain.json.Json;

/**
 * An event as a projection receives it: the stored event plus the transaction that wrote it,
 * which orders it for projections together with its position.
 */
public record ProjectedEvent(long transactionId, long position, String streamType, UUID streamId, long version,
                             String eventType, Json.Obj payload, Instant occurredAt, Instant recordedAt) {
}
