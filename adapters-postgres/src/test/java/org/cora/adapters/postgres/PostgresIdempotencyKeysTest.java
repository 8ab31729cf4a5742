package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cora.application.idempotency.CreateAnswer;
import org.cora.application.idempotency.IdempotencyKey;
import org.cora.application.idempotency.IdempotentCreates;
import org.cora.application.idempotency.KeyedRequest;
import org.cora.application.port.CreatedResponse;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.RememberedCreate;
import org.cora.application.port.Transactions;
import org.cora.application.testing.EventStoreContract;
import org.cora.application.testing.IdempotencyKeysContract;
import org.cora.domain.json.Json;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresIdempotencyKeysTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();
    private static final DSLContext DSL = JooqContexts.threadBound(DATABASE.dataSource());

    private final PostgresIdempotencyKeys keys = new PostgresIdempotencyKeys(DSL);
    private final PostgresTransactions transactions = new PostgresTransactions(DSL);
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @AfterAll
    static void closePool() {
        DATABASE.close();
    }

    @Nested
    class ThePostgresStore extends IdempotencyKeysContract {

        @Override
        protected IdempotencyKeys keys() {
            return keys;
        }

        @Override
        protected Transactions transactions() {
            return transactions;
        }
    }

    @Test
    void aClaimOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> keys.claim("alice", "k", Instant.now()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Transactions.inTransaction");
    }

    @Test
    void aSecondClaimOfTheKeyWaitsForTheFirstTransactionAndThenSeesWhatItRemembered() throws Exception {
        String key = "key-" + UUID.randomUUID();
        Instant now = now();
        RememberedCreate create = create(key, now);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            assertThat(keys.claim("alice", key, now)).isEmpty();
            claimed.countDown();
            await(release);
            keys.remember(create);
            return null;
        }), threads);
        await(claimed);

        CompletableFuture<Optional<RememberedCreate>> second = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> keys.claim("alice", key, now)), threads);
        waitUntilOneSessionWaitsForAnAdvisoryLock();
        assertThat(second).as("the second claim waits while the first transaction is open").isNotDone();
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).contains(create);
    }

    @Test
    void aClaimWhoseTransactionRollsBackLeavesTheKeyToTheNextClaim() throws Exception {
        String key = "key-" + UUID.randomUUID();
        Instant now = now();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            keys.claim("alice", key, now);
            keys.remember(create(key, now));
            claimed.countDown();
            await(release);
            throw new IllegalStateException("the connection was lost before the commit");
        }), threads);
        await(claimed);

        CompletableFuture<Optional<RememberedCreate>> second = CompletableFuture.supplyAsync(
                () -> transactions.inTransaction(() -> keys.claim("alice", key, now)), threads);
        waitUntilOneSessionWaitsForAnAdvisoryLock();
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage(
                "the connection was lost before the commit");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void theTableRefusesAKeyThatIsNotPrintableAscii() throws Exception {
        try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO idempotency_keys VALUES ('alice', E'tab\\there', '"
                    + "a".repeat(64) + "', 201, null, '{}', now(), now() + interval '1 hour')"))
                    .hasMessageContaining("idempotency_keys_key_is_printable_ascii");
        }
    }

    /**
     * The failure the design guards against: the create's events are appended, then the process
     * fails before the key and its answer are stored. Both are in one transaction, so neither
     * stays, and the retry creates exactly once.
     */
    @Test
    void aFailureAfterTheEventsAreAppendedButBeforeTheAnswerIsStoredLeavesNeitherAndTheRetryCreatesOnce() {
        PostgresEventStore events = new PostgresEventStore(DSL);
        FailingOnce failing = new FailingOnce(keys);
        IdempotentCreates creates = new IdempotentCreates((p, c) -> { }, transactions, failing,
                PostgresIdempotencyKeysTest::now, Duration.ofHours(1));
        KeyedRequest request = KeyedRequest.of("alice", new IdempotencyKey("crash-" + UUID.randomUUID()), "POST",
                "/procedures", Json.Obj.EMPTY);
        List<UUID> streams = new ArrayList<>();
        Supplier<CreatedResponse> register = () -> {
            UUID id = UUID.randomUUID();
            streams.add(id);
            events.append("Procedure", id, 0, List.of(EventStoreContract.event("ProcedureRegistered", Json.Obj.EMPTY)));
            return new CreatedResponse(201, "/procedures/" + id, Json.Obj.builder().put("procedure_id", id.toString()).build());
        };

        assertThatThrownBy(() -> creates.create(request, "RegisterProcedure", register))
                .hasMessageContaining("crashed");
        assertThat(events.load("Procedure", streams.getFirst()).events()).as("the first attempt's events").isEmpty();

        CreateAnswer retry = creates.create(request, "RegisterProcedure", register);
        CreateAnswer again = creates.create(request, "RegisterProcedure", register);

        assertThat(retry.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.response()).isEqualTo(retry.response());
        assertThat(streams).hasSize(2);
        assertThat(events.load("Procedure", streams.get(1)).events()).hasSize(1);
    }

    @Test
    void concurrentCreatesUnderOneKeyRunTheCreateOnce() throws Exception {
        IdempotentCreates creates = new IdempotentCreates((p, c) -> { }, transactions, keys,
                PostgresIdempotencyKeysTest::now, Duration.ofHours(1));
        KeyedRequest request = KeyedRequest.of("alice", new IdempotencyKey("race-" + UUID.randomUUID()), "POST",
                "/plans", Json.Obj.EMPTY);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CreateAnswer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return creates.create(request, "DefinePlan", () -> {
                    int run = runs.incrementAndGet();
                    return new CreatedResponse(201, "/plans/" + run, Json.Obj.builder().put("plan_id", "" + run).build());
                });
            }, threads));
        }
        start.countDown();

        List<CreateAnswer> all = new ArrayList<>();
        for (CompletableFuture<CreateAnswer> answer : answers) {
            all.add(answer.get(20, TimeUnit.SECONDS));
        }
        assertThat(runs).hasValue(1);
        assertThat(all).extracting(CreateAnswer::response).containsOnly(all.getFirst().response());
        assertThat(all).filteredOn(a -> !a.replayed()).hasSize(1);
    }

    /** Stores nothing the first time: the process "crashes" between the append and the remembering. */
    private static final class FailingOnce implements IdempotencyKeys {
        private final IdempotencyKeys keys;
        private boolean failed;

        FailingOnce(IdempotencyKeys keys) {
            this.keys = keys;
        }

        @Override
        public Optional<RememberedCreate> claim(String principal, String key, Instant now) {
            return keys.claim(principal, key, now);
        }

        @Override
        public void remember(RememberedCreate create) {
            if (!failed) {
                failed = true;
                throw new IllegalStateException("crashed before the answer was stored");
            }
            keys.remember(create);
        }

        @Override
        public int purgeExpired(Instant now) {
            return keys.purgeExpired(now);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static RememberedCreate create(String key, Instant at) {
        return new RememberedCreate("alice", key, "a".repeat(64),
                new CreatedResponse(201, "/plans/1", Json.Obj.builder().put("plan_id", "1").build()), at,
                at.plus(Duration.ofHours(1)));
    }

    private static void waitUntilOneSessionWaitsForAnAdvisoryLock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
                         + " WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted")) {
                r.next();
                if (r.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no session came to wait for the key's lock");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
