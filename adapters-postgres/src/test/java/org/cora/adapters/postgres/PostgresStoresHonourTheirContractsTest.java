package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.testing.EventStoreContract;
import org.cora.application.testing.JournalStoreContract;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresStoresHonourTheirContractsTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();
    private static final DSLContext DSL = JooqContexts.threadBound(DATABASE.dataSource());

    @AfterAll
    static void closePool() {
        DATABASE.close();
    }

    @Nested
    class ThePostgresEventStore extends EventStoreContract {
        private final PostgresEventStore store = new PostgresEventStore(DSL);

        @Override
        protected EventStore store() {
            return store;
        }

        @Test
        void payloadsAreStoredAsJsonObjectsNotAsStrings() throws Exception {
            UUID id = UUID.randomUUID();
            store.append("Procedure", id, 0, List.of(event("A", Json.Obj.builder().put("result", "ok").build())));
            try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT jsonb_typeof(payload), payload->>'result', metadata->>'command_name'"
                         + " FROM events WHERE stream_id = '" + id + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("object");
                assertThat(r.getString(2)).isEqualTo("ok");
                assertThat(r.getString(3)).isEqualTo("Test");
            }
        }

        @Test
        void anAppendCommitsWithSynchronousCommitOn() {
            String setting = new PostgresTransactions(DSL).inTransaction(() -> {
                store.append("Procedure", UUID.randomUUID(), 0, List.of(event("A", Json.Obj.EMPTY)));
                return DSL.fetchValue("SELECT current_setting('synchronous_commit')").toString();
            });
            assertThat(setting).isEqualTo("on");
        }

        @Test
        void appendsCommitDurablyEvenWhereTheDatabaseDefaultIsAsynchronous() throws Exception {
            try (PostgresTestDatabase.TestDb careless = PostgresTestDatabase.shared().freshDatabase()) {
                try (Connection c = careless.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("ALTER DATABASE " + careless.databaseName() + " SET synchronous_commit = off");
                }
                careless.dataSource().getHikariPoolMXBean().softEvictConnections();
                try (Connection c = careless.dataSource().getConnection(); Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SHOW synchronous_commit")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).as("the database default").isEqualTo("off");
                }
                DSLContext dsl = JooqContexts.threadBound(careless.dataSource());
                String inside = new PostgresTransactions(dsl).inTransaction(() -> {
                    new PostgresEventStore(dsl).append("Procedure", UUID.randomUUID(), 0, List.of(event("A", Json.Obj.EMPTY)));
                    return dsl.fetchValue("SHOW synchronous_commit").toString();
                });
                assertThat(inside).as("inside an append's transaction").isEqualTo("on");
            }
        }

        @Test
        void storedEventsCannotBeRewritten() throws Exception {
            UUID id = UUID.randomUUID();
            store.append("Procedure", id, 0, List.of(event("A", Json.Obj.EMPTY)));
            try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE events SET event_type = 'B' WHERE stream_id = '" + id + "'"))
                        .hasMessageContaining("append-only");
            }
            assertThat(store.load("Procedure", id).events().getFirst().eventType()).isEqualTo("A");
        }
    }

    @Nested
    class ThePostgresJournalStore extends JournalStoreContract {
        private final PostgresJournalStore store = new PostgresJournalStore(DSL);

        @Override
        protected JournalStore store() {
            return store;
        }

        @Override
        protected EventStore events() {
            return new PostgresEventStore(DSL);
        }

        /**
         * The in-flight marker is a single-statement guarded append, its own transaction: the
         * session it runs on must commit synchronously even where the database default does not.
         */
        @Test
        void aGuardedAppendRunsOnASessionThatCommitsSynchronouslyWhateverTheDatabaseDefault() throws Exception {
            try (PostgresTestDatabase.TestDb careless = PostgresTestDatabase.shared().freshDatabase()) {
                try (Connection c = careless.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("ALTER DATABASE " + careless.databaseName() + " SET synchronous_commit = off");
                }
                careless.dataSource().getHikariPoolMXBean().softEvictConnections();
                DSLContext dsl = JooqContexts.threadBound(careless.dataSource());
                PostgresEventStore events = new PostgresEventStore(dsl);
                PostgresJournalStore journal = new PostgresJournalStore(dsl);
                UUID stream = UUID.randomUUID();
                var first = EventStoreContract.event("A", Json.Obj.EMPTY);
                events.append("Procedure", stream, 0, List.of(first));
                Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
                JournalRow marker = new JournalRow(UUID.randomUUID(), new ProcedureId(stream), UUID.randomUUID(), "alice",
                        "AppendProcedureActivities", "setpoint", Json.Obj.builder().put("step_index", 0)
                        .put("result", "in_flight").build(), at, at, UUID.randomUUID(), null, null);

                String setting = new PostgresTransactions(dsl).inSession(() -> {
                    assertThat(journal.appendIfStreamAt("Procedure", stream, 1, first.eventId(), List.of(marker))).hasValue(1);
                    return dsl.fetchValue("SHOW synchronous_commit").toString();
                });

                assertThat(setting).as("the session the marker was committed on").isEqualTo("on");
            }
        }

        @Test
        void journalRowsCannotBeUpdatedDeletedOrTruncated() throws Exception {
            ProcedureId procedure = new ProcedureId(UUID.randomUUID());
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            store.append(List.of(new JournalRow(UUID.randomUUID(), procedure, UUID.randomUUID(), "alice", "Test",
                    "check", Json.Obj.builder().put("result", "ok").build(), at, at, UUID.randomUUID(), null, null)));
            try (Connection c = DATABASE.dataSource().getConnection(); Statement s = c.createStatement()) {
                String where = " WHERE procedure_id = '" + procedure + "'";
                assertThatThrownBy(() -> s.executeUpdate("UPDATE entries_operation_procedure_activities"
                        + " SET step_kind = 'action'" + where)).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM entries_operation_procedure_activities" + where))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE entries_operation_procedure_activities"))
                        .hasMessageContaining("append-only");
            }
            assertThat(store.list(procedure)).extracting(JournalRow::stepKind).containsExactly("check");
        }
    }
}
