package org.cora.application.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;

/** One row of a Procedure's step journal. {@code recordedAt} is set by the store (null before). */
public record JournalRow(UUID eventId, ProcedureId procedureId, UUID logbookId, String actor, String commandName,
                         String stepKind, Json.Obj payload, Instant sampledAt, Instant occurredAt,
                         UUID correlationId, UUID causationId, Instant recordedAt) {

    public JournalRow {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(procedureId, "procedureId");
        Objects.requireNonNull(logbookId, "logbookId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(commandName, "commandName");
        Objects.requireNonNull(stepKind, "stepKind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sampledAt, "sampledAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
