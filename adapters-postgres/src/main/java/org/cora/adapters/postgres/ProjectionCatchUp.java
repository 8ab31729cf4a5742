package org.cora.adapters.postgres;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The SQL of the projection worker: checkpoints and the events after them. Every method runs in
 * the caller's transaction when there is one.
 */
final class ProjectionCatchUp {

    /**
     * The events after the checkpoint that no transaction still running can precede: every
     * transaction with an id below the snapshot's xmin has ended, so once these are applied no
     * event can ever appear before the new checkpoint. Evaluated against the statement's own
     * snapshot, so what it sees and what it calls ended agree.
     */
    private static final String ELIGIBLE_EVENTS = """
            SELECT transaction_id::text, position, stream_type, stream_id, version, event_type, payload::text,
                   occurred_at, recorded_at,
                   (extract(epoch FROM clock_timestamp() - recorded_at) * 1000)::bigint AS waited_ms
              FROM events
             WHERE stream_type = ANY(?::varchar[])
               AND (transaction_id, position) > (?::xid8, ?)
               AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY transaction_id, position
             LIMIT ?""";

    /** Committed events after the checkpoint, eligible or not: more to do, or an open transaction holding them back. */
    private static final String ANY_AFTER = """
            SELECT EXISTS (SELECT 1 FROM events
                            WHERE stream_type = ANY(?::varchar[]) AND (transaction_id, position) > (?::xid8, ?))""";

    /** The session whose transaction is the snapshot's xmin: what holds every projection back, if anything. */
    private static final String OLDEST_OPEN_TRANSACTION = """
            SELECT pid, datname, application_name, xact_start, state
              FROM pg_stat_activity
             WHERE backend_xid = pg_snapshot_xmin(pg_current_snapshot())::xid""";

    /** What one batch applied, and how long its oldest event had waited since it was recorded. */
    record Batch(int size, ProjectionCheckpoint checkpoint, Duration oldestWaited) {
    }

    private final DSLContext dsl;

    ProjectionCatchUp(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * In one transaction: locks the checkpoint (a second worker on the same database waits, then
     * reads the moved checkpoint), applies up to {@code batchSize} eligible events and moves the
     * checkpoint past them.
     */
    Batch applyNextBatch(Projection projection, int batchSize) {
        return PostgresTransactions.inDurableTransaction(dsl, () -> {
            ProjectionCheckpoint from = lockCheckpoint(projection.name());
            List<Record> rows = dsl.resultQuery(ELIGIBLE_EVENTS, streamTypes(projection),
                    Long.toString(from.transactionId()), from.position(), batchSize).fetch();
            if (rows.isEmpty()) {
                return new Batch(0, from, Duration.ZERO);
            }
            List<ProjectedEvent> events = rows.stream().map(ProjectionCatchUp::event).toList();
            projection.apply(events, dsl);
            ProjectionCheckpoint to = from.after(events.getLast());
            save(projection.name(), to);
            return new Batch(events.size(), to, Duration.ofMillis(rows.getFirst().get("waited_ms", Long.class)));
        });
    }

    boolean anyAfterCheckpoint(Projection projection) {
        ProjectionCheckpoint at = checkpoint(projection.name());
        return dsl.resultQuery(ANY_AFTER, streamTypes(projection), Long.toString(at.transactionId()), at.position())
                .fetchOne(0, Boolean.class);
    }

    /** Who holds projections back, for the log; empty when no transaction is open. */
    String oldestOpenTransaction() {
        return dsl.resultQuery(OLDEST_OPEN_TRANSACTION).fetch().stream()
                .map(r -> "pid " + r.get("pid") + " on database " + r.get("datname") + " (application '"
                        + r.get("application_name") + "', " + r.get("state") + ", transaction open since "
                        + r.get("xact_start") + ")")
                .findFirst().orElse("");
    }

    ProjectionCheckpoint checkpoint(String name) {
        return dsl.resultQuery("SELECT last_transaction_id::text, last_position, projection_version"
                + " FROM projection_checkpoints WHERE name = ?", name).fetchOptional()
                .map(ProjectionCatchUp::checkpoint)
                .orElseThrow(() -> new IllegalStateException("no checkpoint row for projection " + name));
    }

    /** Creates the checkpoint of a projection that has none, at the start, for this version. */
    void ensureCheckpoint(Projection projection) {
        dsl.execute("INSERT INTO projection_checkpoints (name, projection_version, last_position, last_transaction_id)"
                + " VALUES (?, ?, 0, '0') ON CONFLICT (name) DO NOTHING", projection.name(), projection.version());
    }

    /**
     * Empties the projection and moves its checkpoint back to the start, for this code's version,
     * in one transaction: the worker, waiting on the checkpoint lock, then rebuilds it from the
     * first event. Readers see the old rows until the commit, then an empty list that fills up.
     */
    void reset(Projection projection) {
        PostgresTransactions.inDurableTransaction(dsl, () -> {
            lockCheckpoint(projection.name());
            projection.reset(dsl);
            dsl.execute("UPDATE projection_checkpoints SET last_transaction_id = '0', last_position = 0,"
                    + " projection_version = ?, updated_at = now() WHERE name = ?", projection.version(), projection.name());
            return null;
        });
    }

    private ProjectionCheckpoint lockCheckpoint(String name) {
        return dsl.resultQuery("SELECT last_transaction_id::text, last_position, projection_version"
                + " FROM projection_checkpoints WHERE name = ? FOR UPDATE", name).fetchOptional()
                .map(ProjectionCatchUp::checkpoint)
                .orElseThrow(() -> new IllegalStateException("no checkpoint row for projection " + name));
    }

    private void save(String name, ProjectionCheckpoint at) {
        dsl.execute("UPDATE projection_checkpoints SET last_transaction_id = ?::xid8, last_position = ?,"
                + " updated_at = now() WHERE name = ?", Long.toString(at.transactionId()), at.position(), name);
    }

    private static Param<String[]> streamTypes(Projection projection) {
        return DSL.val(projection.streamTypes().stream().sorted().toArray(String[]::new));
    }

    private static ProjectionCheckpoint checkpoint(Record r) {
        return new ProjectionCheckpoint(Long.parseLong(r.get(0, String.class)), r.get(1, Long.class),
                r.get(2, Integer.class));
    }

    private static ProjectedEvent event(Record r) {
        return new ProjectedEvent(Long.parseLong(r.get(0, String.class)), r.get(1, Long.class), r.get(2, String.class),
                r.get(3, UUID.class), r.get(4, Long.class), r.get(5, String.class),
                JsonbCodec.fromJsonb(JSONB.jsonb(r.get(6, String.class)), "events.payload"),
                r.get(7, OffsetDateTime.class).toInstant(), r.get(8, OffsetDateTime.class).toInstant());
    }
}
