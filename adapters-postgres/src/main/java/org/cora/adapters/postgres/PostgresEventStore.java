package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.EVENTS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.adapters.postgres.generated.tables.records.EventsRecord;
import org.cora.application.port.DuplicateEventIdError;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.shared.ConcurrencyError;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.util.PSQLException;

/**
 * The event store on PostgreSQL. An append takes a transaction-scoped advisory lock on its
 * stream, checks the version, and inserts all events in one statement; the unique constraint on
 * (stream_type, stream_id, version) stays the last line of defence.
 */
public final class PostgresEventStore implements EventStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EVENT_ID_UNIQUE = "events_event_id_unique";

    private final DSLContext dsl;

    public PostgresEventStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public LoadedStream load(String streamType, UUID streamId) {
        List<StoredEvent> events = loadAfter(streamType, streamId, 0);
        return new LoadedStream(events, events.isEmpty() ? 0 : events.getLast().version());
    }

    @Override
    public List<StoredEvent> loadAfter(String streamType, UUID streamId, long afterVersion) {
        return dsl.selectFrom(EVENTS)
                .where(EVENTS.STREAM_TYPE.eq(streamType).and(EVENTS.STREAM_ID.eq(streamId))
                        .and(EVENTS.VERSION.gt(Math.toIntExact(afterVersion))))
                .orderBy(EVENTS.VERSION)
                .fetch(PostgresEventStore::stored);
    }

    @Override
    public long append(String streamType, UUID streamId, long expectedVersion, List<NewEvent> events) {
        if (events.isEmpty()) {
            return expectedVersion;
        }
        try {
            return PostgresTransactions.inDurableTransaction(dsl, () -> {
                hold(streamType, streamId);
                requireVersion(streamType, streamId, expectedVersion);
                insert(streamType, streamId, expectedVersion, events);
                return expectedVersion + events.size();
            });
        } catch (DataAccessException e) {
            throw translate(e, streamType, streamId, expectedVersion, events);
        }
    }

    /** A transaction-scoped advisory lock on the stream; re-entrant within the transaction. */
    @Override
    public void hold(String streamType, UUID streamId) {
        dsl.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0} || ':' || {1}, 0))", Object.class,
                DSL.val(streamType), DSL.val(streamId.toString()))).fetch();
    }

    private void requireVersion(String streamType, UUID streamId, long expectedVersion) {
        long actual = currentVersion(streamType, streamId);
        if (actual != expectedVersion) {
            throw new ConcurrencyError(streamType, streamId, expectedVersion, actual);
        }
    }

    private long currentVersion(String streamType, UUID streamId) {
        Integer max = dsl.select(DSL.max(EVENTS.VERSION)).from(EVENTS)
                .where(EVENTS.STREAM_TYPE.eq(streamType).and(EVENTS.STREAM_ID.eq(streamId)))
                .fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    private void insert(String streamType, UUID streamId, long expectedVersion, List<NewEvent> events) {
        Field<?>[] columns = {EVENTS.EVENT_ID, EVENTS.STREAM_TYPE, EVENTS.STREAM_ID, EVENTS.VERSION,
                EVENTS.EVENT_TYPE, EVENTS.SCHEMA_VERSION, EVENTS.PAYLOAD, EVENTS.METADATA, EVENTS.CORRELATION_ID,
                EVENTS.CAUSATION_ID, EVENTS.PRINCIPAL, EVENTS.OCCURRED_AT};
        InsertValuesStepN<EventsRecord> insert = dsl.insertInto(EVENTS, columns);
        long version = expectedVersion;
        for (NewEvent e : events) {
            insert = insert.values(e.eventId(), streamType, streamId, Math.toIntExact(++version), e.eventType(),
                    e.schemaVersion(), JsonbCodec.toJsonb(e.payload()), JsonbCodec.toJsonb(e.metadata()),
                    e.correlationId(), e.causationId(), e.principal(), e.occurredAt().atOffset(ZoneOffset.UTC));
        }
        insert.execute();
    }

    private RuntimeException translate(DataAccessException e, String streamType, UUID streamId, long expected,
                                       List<NewEvent> events) {
        if (!UNIQUE_VIOLATION.equals(e.sqlState())) {
            return e;
        }
        if (constraintOf(e).filter(EVENT_ID_UNIQUE::equals).isPresent()) {
            return duplicateOf(events);
        }
        return new ConcurrencyError(streamType, streamId, expected, versionIfReadable(streamType, streamId));
    }

    /** Inside an enclosing transaction the failed insert has aborted it, so the version cannot be read. */
    private long versionIfReadable(String streamType, UUID streamId) {
        try {
            return currentVersion(streamType, streamId);
        } catch (DataAccessException abortedTransaction) {
            return ConcurrencyError.UNKNOWN_VERSION;
        }
    }

    private DuplicateEventIdError duplicateOf(List<NewEvent> events) {
        List<UUID> ids = events.stream().map(NewEvent::eventId).toList();
        try {
            UUID stored = dsl.select(EVENTS.EVENT_ID).from(EVENTS).where(EVENTS.EVENT_ID.in(ids)).limit(1)
                    .fetchOne(EVENTS.EVENT_ID);
            return new DuplicateEventIdError(stored == null ? ids.getFirst() : stored);
        } catch (DataAccessException abortedTransaction) {
            return new DuplicateEventIdError(ids.getFirst());
        }
    }

    private static Optional<String> constraintOf(DataAccessException e) {
        PSQLException cause = e.getCause(PSQLException.class);
        return Optional.ofNullable(cause).map(PSQLException::getServerErrorMessage).map(m -> m.getConstraint());
    }

    static StoredEvent stored(EventsRecord r) {
        return new StoredEvent(r.getPosition(), r.getEventId(), r.getStreamType(), r.getStreamId(), r.getVersion(),
                r.getEventType(), r.getSchemaVersion(), JsonbCodec.fromJsonb(r.getPayload(), "events.payload"),
                JsonbCodec.fromJsonb(r.getMetadata(), "events.metadata"), r.getCorrelationId(), r.getCausationId(),
                r.getPrincipal(), instant(r.getOccurredAt()), instant(r.getRecordedAt()));
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
