package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.adapters.postgres.generated.Tables.PROJ_OPERATION_PROCEDURE_SUMMARY;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The projection worker on a real PostgreSQL: it reads in (transaction id, position) order, never
 * past a transaction still open, applies each event once whatever is replayed, rebuilds to the
 * same table, and keeps up through NOTIFY, also after losing its LISTEN connection.
 */
class PostgresProjectionWorkerTest {

    private static final PostgresProjectionWorker.Settings MANUAL =
            new PostgresProjectionWorker.Settings(Duration.ofHours(1), 500, Duration.ofSeconds(10));

    private final PostgresTestDatabase.TestDb database = PostgresTestDatabase.shared().freshDatabase();
    private final DSLContext dsl = JooqContexts.threadBound(database.dataSource());
    private final ProcedureStreamWriter writer = new ProcedureStreamWriter(new PostgresEventStore(dsl));
    private final RecordingProjection projection = new RecordingProjection(new ProcedureSummaryProjection());
    private final PostgresProjectionWorker worker = new PostgresProjectionWorker(database.dataSource(),
            database.dataSource(), List.of(projection), MANUAL);

    @AfterEach
    void stop() throws InterruptedException {
        worker.close();
        database.close();
    }

    @Test
    void anOpenTransactionKeepsTheCheckpointBeforeItsEventAndLaterCommitsWaitBehindIt() throws Exception {
        ProcedureId first = writer.register("committed first");
        assertThat(worker.catchUp()).isEqualTo(1);
        ProjectionCheckpoint beforeOpen = checkpoint();

        try (Connection open = database.dataSource().getConnection()) {
            // The open transaction takes its id first and appends its event last, as a late committer
            // does: V6 orders Procedure event inserts under one lock, so an event inserted first would
            // make the later appends wait instead of committing ahead of it.
            open.setAutoCommit(false);
            long openTransaction = ProcedureStreamWriter.transactionId(open);
            ProcedureId second = writer.register("committed while the other was open");
            writer.start(first);

            assertThat(worker.catchUp()).as("nothing may pass the open transaction").isZero();
            assertThat(checkpoint()).isEqualTo(beforeOpen);
            assertThat(checkpoint().transactionId()).isLessThan(openTransaction);
            assertThat(statuses()).containsExactly(first + " Defined");

            ProcedureId late = ProcedureStreamWriter.registerUncommitted(open, "committed last");
            assertThat(worker.catchUp()).as("nor its own event before it commits").isZero();
            open.commit();
            assertThat(worker.catchUp()).isEqualTo(3);
            assertThat(projection.applied()).extracting(ProjectedEvent::streamId).containsExactly(first.value(),
                    late.value(), second.value(), first.value());
            assertThat(projection.applied()).isSortedAccordingTo(TRANSACTION_ORDER);
            assertThat(statuses()).containsExactlyInAnyOrder(first + " Running", late + " Defined",
                    second + " Defined");
            assertThat(checkpoint()).isEqualTo(beforeOpen.after(projection.applied().getLast()));
        }
    }

    @Test
    void aLaterVersionCommittedUnderAnOlderTransactionIsFoldedAfterTheVersionsBeforeIt() throws Exception {
        ProcedureId id = writer.register("two appends racing");
        worker.catchUp();
        try (Connection older = database.dataSource().getConnection()) {
            older.setAutoCommit(false);
            long olderTransaction = ProcedureStreamWriter.transactionId(older);
            writer.start(id);
            ProcedureStreamWriter.insertUncommitted(older, new ProcedureHeld(id, "operator break", null,
                    Instant.parse("2026-03-01T10:00:00Z"), null, null), 3);
            older.commit();

            worker.catchUp();

            assertThat(projection.applied().getLast().version()).isEqualTo(2);
            assertThat(projection.applied().get(1).transactionId()).isEqualTo(olderTransaction);
            assertThat(projection.applied().get(1).version()).as("version 3 comes first in transaction order")
                    .isEqualTo(3);
        }
        assertThat(statuses()).containsExactly(id + " Held");
        assertThat(lastVersion(id)).isEqualTo(3);
        assertThat(summaryStatus(id)).isEqualTo(foldedStatus(id));
    }

    @Test
    void replayingEventsAlreadyAppliedChangesNothing() {
        someLifecycles();
        worker.catchUp();
        String table = table();

        dsl.execute("UPDATE projection_checkpoints SET last_transaction_id = '0', last_position = 0");
        int replayed = worker.catchUp();
        PostgresTransactions.inDurableTransaction(dsl, () -> {
            new ProcedureSummaryProjection().apply(projection.applied(), dsl);
            return null;
        });

        assertThat(replayed).isEqualTo(7);
        assertThat(table()).isEqualTo(table);
    }

    @Test
    void aRebuildFromTheFirstEventGivesTheSameTable() {
        List<ProcedureId> ids = someLifecycles();
        worker.catchUp();
        String table = table();

        worker.rebuild(ProcedureSummaryProjection.NAME);
        assertThat(dsl.fetchCount(PROJ_OPERATION_PROCEDURE_SUMMARY)).isZero();
        assertThat(checkpoint()).isEqualTo(new ProjectionCheckpoint(0, 0, ProcedureSummaryProjection.VERSION));
        worker.catchUp();

        assertThat(table()).isEqualTo(table);
        for (ProcedureId id : ids) {
            assertThat(summaryStatus(id)).isEqualTo(foldedStatus(id));
        }
    }

    @Test
    void aCheckpointBuiltByAnotherVersionOfTheProjectionIsRebuiltOnStart() {
        ProcedureId id = writer.register("built by version 0");
        worker.catchUp();
        dsl.execute("UPDATE proj_operation_procedure_summary SET name = 'what version 0 wrote'");
        dsl.execute("UPDATE projection_checkpoints SET projection_version = 0");

        worker.start();

        eventually(() -> "built by version 0".equals(dsl.fetchValue(
                "SELECT name FROM proj_operation_procedure_summary WHERE procedure_id = ?", id.value())));
        assertThat(checkpoint().projectionVersion()).isEqualTo(ProcedureSummaryProjection.VERSION);
    }

    @Test
    void theRunningWorkerWakesOnNotifyAndListensAgainAfterLosingItsConnection() {
        worker.start();
        int firstListener = eventuallyListening(-1);
        ProcedureId woken = writer.register("woken by NOTIFY");
        eventually(() -> statuses().contains(woken + " Defined"));

        dsl.execute("SELECT pg_terminate_backend(?)", firstListener);
        eventuallyListening(firstListener);
        ProcedureId afterReconnect = writer.register("woken after the LISTEN connection was lost");
        writer.start(afterReconnect);

        eventually(() -> statuses().contains(afterReconnect + " Running"));
    }

    @Test
    void theRunningWorkerAppliesEventsHeldBackByAnOpenTransactionOnceItCommits() throws Exception {
        worker.start();
        eventuallyListening(-1);
        try (Connection open = database.dataSource().getConnection()) {
            open.setAutoCommit(false);
            ProcedureStreamWriter.transactionId(open);
            ProcedureId waiting = writer.register("waits behind it");
            Thread.sleep(300);
            assertThat(statuses()).doesNotContain(waiting + " Defined");
            ProcedureId late = ProcedureStreamWriter.registerUncommitted(open, "open for a while");
            open.commit();
            eventually(() -> statuses().containsAll(List.of(late + " Defined", waiting + " Defined")));
        }
    }

    /** The query docs/OPERATING.md gives operators, word for word. */
    static final String PENDING_QUERY = """
            SELECT c.name, c.last_transaction_id, c.last_position, c.updated_at,
                   (SELECT count(*) FROM events e
                     WHERE e.stream_type = 'Procedure'
                       AND (e.transaction_id, e.position) > (c.last_transaction_id, c.last_position)) AS pending
              FROM projection_checkpoints c""";

    @Test
    void theOperatorsPendingQueryCountsTheEventsNotYetApplied() {
        someLifecycles();
        assertThat(dsl.fetch(PENDING_QUERY).get(0).get("pending", Long.class)).isEqualTo(7);

        worker.catchUp();

        assertThat(dsl.fetch(PENDING_QUERY).get(0).get("pending", Long.class)).isZero();
    }

    /** Three Procedures, seven events, several per stream. */
    private List<ProcedureId> someLifecycles() {
        ProcedureId a = writer.register("a", "alignment", List.of(UUID.randomUUID()), UUID.randomUUID());
        ProcedureId b = writer.register("b", "bakeout", List.of(), null);
        writer.start(a);
        ProcedureId c = writer.register("c");
        writer.hold(a, "beam lost");
        writer.start(b);
        writer.start(c);
        return List.of(a, b, c);
    }

    private static final Comparator<ProjectedEvent> TRANSACTION_ORDER =
            Comparator.comparingLong(ProjectedEvent::transactionId).thenComparingLong(ProjectedEvent::position);

    private ProjectionCheckpoint checkpoint() {
        return worker.checkpoint(ProcedureSummaryProjection.NAME);
    }

    private List<String> statuses() {
        return dsl.fetch("SELECT procedure_id::text || ' ' || status FROM proj_operation_procedure_summary")
                .getValues(0, String.class);
    }

    private String summaryStatus(ProcedureId id) {
        return dsl.fetchValue("SELECT status FROM proj_operation_procedure_summary WHERE procedure_id = ?",
                id.value()).toString();
    }

    private int lastVersion(ProcedureId id) {
        return (Integer) dsl.fetchValue("SELECT last_event_version FROM proj_operation_procedure_summary"
                + " WHERE procedure_id = ?", id.value());
    }

    private String foldedStatus(ProcedureId id) {
        List<ProcedureEvent> events = new PostgresEventStore(dsl).load(ProcedureEvent.STREAM_TYPE, id.value())
                .events().stream().map(e -> ProcedureEventCodec.fromStored(e.eventType(), e.payload())).toList();
        return ProcedureEvolver.fold(events).status().name();
    }

    private String table() {
        return dsl.selectFrom(PROJ_OPERATION_PROCEDURE_SUMMARY).orderBy(PROJ_OPERATION_PROCEDURE_SUMMARY.PROCEDURE_ID)
                .fetch().formatCSV();
    }

    /** The backend pid of the worker's LISTEN connection, once it is another than {@code previous}. */
    private int eventuallyListening(int previous) {
        int[] pid = {-1};
        eventually(() -> {
            Object found = dsl.fetchValue("SELECT max(pid) FROM pg_stat_activity WHERE application_name = ?"
                    + " AND datname = current_database()", PostgresEventNotifications.APPLICATION_NAME);
            pid[0] = found == null ? -1 : (Integer) found;
            return pid[0] != -1 && pid[0] != previous;
        });
        return pid[0];
    }

    private static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The summary projection, remembering every event handed to it, in order. */
    private static final class RecordingProjection implements Projection {

        private final Projection delegate;
        private final List<ProjectedEvent> applied = Collections.synchronizedList(new ArrayList<>());

        RecordingProjection(Projection delegate) {
            this.delegate = delegate;
        }

        List<ProjectedEvent> applied() {
            return List.copyOf(applied);
        }

        @Override
        public String name() {
            return delegate.name();
        }

        @Override
        public int version() {
            return delegate.version();
        }

        @Override
        public Set<String> streamTypes() {
            return delegate.streamTypes();
        }

        @Override
        public void apply(List<ProjectedEvent> events, DSLContext dsl) {
            delegate.apply(events, dsl);
            applied.addAll(events);
        }

        @Override
        public void reset(DSLContext dsl) {
            delegate.reset(dsl);
        }
    }
}
