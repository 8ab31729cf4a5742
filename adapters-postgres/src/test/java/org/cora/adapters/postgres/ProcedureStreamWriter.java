package org.cora.adapters.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cora.application.port.NewEvent;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureId;

/**
 * Writes Procedure streams for projection tests: through the event store (each append its own
 * committed transaction), or as a raw insert on a connection the test holds open.
 */
final class ProcedureStreamWriter {

    private final PostgresEventStore store;
    private final Map<UUID, Long> versions = new HashMap<>();
    private Instant clock = Instant.parse("2026-03-01T08:00:00Z");

    ProcedureStreamWriter(PostgresEventStore store) {
        this.store = store;
    }

    ProcedureId register(String name, String kind, List<UUID> targetAssetIds, UUID parentRunId) {
        ProcedureId id = new ProcedureId(UUID.randomUUID());
        append(new ProcedureRegistered(id, name, kind, targetAssetIds, parentRunId, null, null, tick()));
        return id;
    }

    ProcedureId register(String name) {
        return register(name, "alignment", List.of(), null);
    }

    void start(ProcedureId id) {
        append(new ProcedureStarted(id, tick()));
    }

    void hold(ProcedureId id, String reason) {
        append(new ProcedureHeld(id, reason, null, tick(), null, null));
    }

    void append(ProcedureEvent event) {
        UUID stream = event.procedureId().value();
        long version = versions.getOrDefault(stream, 0L);
        versions.put(stream, store.append(ProcedureEvent.STREAM_TYPE, stream, version, List.of(envelope(event))));
    }

    /** A registration inserted on {@code open} (autocommit off), committed whenever the test says. */
    static ProcedureId registerUncommitted(Connection open, String name) throws SQLException {
        ProcedureId id = new ProcedureId(UUID.randomUUID());
        insertUncommitted(open, new ProcedureRegistered(id, name, "alignment", List.of(), null, null, null,
                Instant.parse("2026-03-01T09:00:00Z")), 1);
        return id;
    }

    /** Inserts {@code event} at {@code version} as the events table's own default columns would be filled. */
    static void insertUncommitted(Connection open, ProcedureEvent event, long version) throws SQLException {
        try (PreparedStatement insert = open.prepareStatement("INSERT INTO events (event_id, stream_type, stream_id,"
                + " version, event_type, payload, metadata, correlation_id, principal, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, '{}'::jsonb, ?, 'test:raw', ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, ProcedureEvent.STREAM_TYPE);
            insert.setObject(3, event.procedureId().value());
            insert.setInt(4, Math.toIntExact(version));
            insert.setString(5, event.eventType());
            insert.setString(6, ProcedureEventCodec.toPayload(event).toJsonText());
            insert.setObject(7, UUID.randomUUID());
            insert.setTimestamp(8, Timestamp.from(event.occurredAt()));
            insert.executeUpdate();
        }
    }

    /** The id of the transaction open on {@code open}, assigning one if it has none yet. */
    static long transactionId(Connection open) throws SQLException {
        try (PreparedStatement query = open.prepareStatement("SELECT pg_current_xact_id()::text");
             ResultSet r = query.executeQuery()) {
            r.next();
            return Long.parseLong(r.getString(1));
        }
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private static NewEvent envelope(ProcedureEvent event) {
        return new NewEvent(UUID.randomUUID(), event.eventType(), 1, ProcedureEventCodec.toPayload(event),
                Json.Obj.builder().put("command_name", "Test").build(), UUID.randomUUID(), null, "test:writer",
                event.occurredAt());
    }
}
