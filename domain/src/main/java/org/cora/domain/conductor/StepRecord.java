package org.cora.domain.conductor;

import java.time.Instant;
import java.util.UUID;
import org.cora.domain.json.Json;

/** One journal row the Conductor writes: a step outcome with its {@code step_index}. */
public record StepRecord(UUID eventId, String stepKind, Json.Obj payload, Instant sampledAt) {
}
