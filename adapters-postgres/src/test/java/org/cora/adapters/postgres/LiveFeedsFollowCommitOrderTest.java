package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.cora.application.port.AppendedJournalRow;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.JournalRow;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What the live streams rely on (V6): within a Procedure journal rows are numbered in commit order,
 * Procedure events are positioned in commit order across Procedures, and a commit wakes its
 * listeners, after the commit and not before.
 */
class LiveFeedsFollowCommitOrderTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();
    private static final DSLContext DSL = JooqContexts.threadBound(DATABASE.dataSource());
    private static final Duration BLOCKED_FOR = Duration.ofMillis(400);
    /** A thread per task: the common pool may have a single worker, which a blocked append would occupy. */
    private static final Executor OWN_THREAD = task -> Thread.ofPlatform().daemon().start(task);

    private final PostgresJournalStore journal = new PostgresJournalStore(DSL);
    private final PostgresJournalFeed journalFeed = new PostgresJournalFeed(DSL);
    private final PostgresEventStore events = new PostgresEventStore(DSL);
    private final PostgresEventFeed eventFeed = new PostgresEventFeed(DSL);

    @AfterAll
    static void closePool() {
        DATABASE.close();
    }

    @Test
    void aJournalRowDrawnWhileAnotherOfItsProcedureIsUncommittedIsNumberedAfterThatCommits() throws Exception {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        ProcedureId elsewhere = new ProcedureId(UUID.randomUUID());
        JournalRow early = row(procedure);
        JournalRow late = row(procedure);
        try (Connection first = DATABASE.dataSource().getConnection()) {
            first.setAutoCommit(false);
            insertRaw(first, early);

            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(
                    () -> journal.append(List.of(late)), OWN_THREAD);
            CompletableFuture<Integer> unrelated = CompletableFuture.supplyAsync(
                    () -> journal.append(List.of(row(elsewhere))), OWN_THREAD);

            assertThat(unrelated.get(5, TimeUnit.SECONDS)).as("another Procedure's rows are not held up").isEqualTo(1);
            assertThat(finishesWithin(second, BLOCKED_FOR)).as("waits for the uncommitted row of its Procedure")
                    .isFalse();
            first.commit();
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }

        List<AppendedJournalRow> read = journalFeed.after(procedure, 0, 10);
        assertThat(read).extracting(r -> r.row().eventId()).containsExactly(early.eventId(), late.eventId());
        assertThat(read.get(0).appendSeq()).isLessThan(read.get(1).appendSeq());
        assertThat(journalFeed.after(procedure, read.get(0).appendSeq(), 10)).extracting(r -> r.row().eventId())
                .containsExactly(late.eventId());
        assertThat(journalFeed.after(procedure, 0, 1)).hasSize(1);
    }

    @Test
    void aProcedureEventDrawnWhileAnotherProcedureEventIsUncommittedIsPositionedAfterThatCommits() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        long head = eventFeed.head("Procedure");
        try (Connection first = DATABASE.dataSource().getConnection()) {
            first.setAutoCommit(false);
            insertRawEvent(first, "Procedure", early);

            CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                    () -> events.append("Procedure", late, 0, List.of(event("ProcedureStarted"))), OWN_THREAD);
            CompletableFuture<Long> asset = CompletableFuture.supplyAsync(
                    () -> events.append("Asset", UUID.randomUUID(), 0, List.of(event("AssetRegistered"))), OWN_THREAD);

            assertThat(asset.get(5, TimeUnit.SECONDS)).as("other stream types are not held up").isEqualTo(1);
            assertThat(finishesWithin(second, BLOCKED_FOR)).as("waits for the uncommitted Procedure event").isFalse();
            first.commit();
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        }

        List<StoredEvent> read = eventFeed.after("Procedure", Set.of("ProcedureStarted"), head, 10);
        assertThat(read).extracting(StoredEvent::streamId).containsExactly(early, late);
        assertThat(read.get(0).position()).isLessThan(read.get(1).position());
        assertThat(eventFeed.head("Procedure")).isEqualTo(read.get(1).position());
        assertThat(eventFeed.after("Procedure", Set.of("ProcedureCompleted"), head, 10)).isEmpty();
        assertThatThrownBy(() -> eventFeed.after("Asset", Set.of("AssetRegistered"), 0, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommitWakesItsListenersOnlyOnceItIsCommitted() throws Exception {
        ProcedureId procedure = new ProcedureId(UUID.randomUUID());
        ProcedureId unwatched = new ProcedureId(UUID.randomUUID());
        try (PostgresCommitSignals signals = PostgresCommitSignals.start(DATABASE.dataSource())) {
            Thread.sleep(500); // the listener connects, and wakes everyone once: let that pass first
            CountDownLatch journalWoken = new CountDownLatch(1);
            CountDownLatch anyWoken = new CountDownLatch(1);
            CountDownLatch unwatchedWoken = new CountDownLatch(1);
            signals.onProcedure(procedure, journalWoken::countDown);
            signals.onProcedure(unwatched, unwatchedWoken::countDown).close();

            try (Connection writer = DATABASE.dataSource().getConnection()) {
                writer.setAutoCommit(false);
                insertRaw(writer, row(procedure));
                insertRaw(writer, row(unwatched));
                assertThat(journalWoken.await(BLOCKED_FOR.toMillis(), TimeUnit.MILLISECONDS))
                        .as("not woken before the commit").isFalse();
                writer.commit();
            }
            assertThat(journalWoken.await(10, TimeUnit.SECONDS)).isTrue();

            try (CommitSignals.Registration any = signals.onAnyProcedure(anyWoken::countDown)) {
                events.append("Procedure", procedure.value(), 0, List.of(event("ProcedureRegistered")));
                assertThat(anyWoken.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(unwatchedWoken.getCount()).as("a closed registration is not woken").isEqualTo(1);
        }
    }

    private static boolean finishesWithin(CompletableFuture<?> future, Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        return future.isDone();
    }

    private static JournalRow row(ProcedureId procedure) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new JournalRow(UUID.randomUUID(), procedure, UUID.randomUUID(), "test", "Test", "setpoint",
                Json.Obj.builder().put("result", "ok").build(), now, now, UUID.randomUUID(), null, null);
    }

    private static NewEvent event(String type) {
        return new NewEvent(UUID.randomUUID(), type, 1, Json.Obj.EMPTY, Json.Obj.EMPTY, UUID.randomUUID(), null,
                "test", Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static void insertRaw(Connection connection, JournalRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO entries_operation_procedure_activities"
                + " (event_id, procedure_id, logbook_id, actor_id, command_name, step_kind, payload, sampled_at,"
                + " occurred_at, correlation_id) VALUES (?, ?, ?, 'test', 'Test', 'setpoint', '{}'::jsonb, now(), now(), ?)")) {
            insert.setObject(1, row.eventId());
            insert.setObject(2, row.procedureId().value());
            insert.setObject(3, row.logbookId());
            insert.setObject(4, row.correlationId());
            insert.executeUpdate();
        }
    }

    private static void insertRawEvent(Connection connection, String streamType, UUID streamId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events (event_id, stream_type,"
                + " stream_id, version, event_type, payload, metadata, correlation_id, principal, occurred_at)"
                + " VALUES (?, ?, ?, 1, 'ProcedureStarted', '{}'::jsonb, '{}'::jsonb, ?, 'test', now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, streamType);
            insert.setObject(3, streamId);
            insert.setObject(4, UUID.randomUUID());
            insert.executeUpdate();
        }
    }
}
