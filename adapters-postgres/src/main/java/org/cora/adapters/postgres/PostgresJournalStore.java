package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.ENTRIES_OPERATION_PROCEDURE_ACTIVITIES;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.cora.adapters.postgres.generated.tables.EntriesOperationProcedureActivities;
import org.cora.adapters.postgres.generated.tables.records.EntriesOperationProcedureActivitiesRecord;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;

/** The step journal on PostgreSQL: insert-or-ignore by producer event id, read back in append order. */
public final class PostgresJournalStore implements JournalStore {

    private static final EntriesOperationProcedureActivities ROWS = ENTRIES_OPERATION_PROCEDURE_ACTIVITIES;

    private final DSLContext dsl;

    public PostgresJournalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int append(List<JournalRow> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Field<?>[] columns = {ROWS.EVENT_ID, ROWS.PROCEDURE_ID, ROWS.LOGBOOK_ID, ROWS.ACTOR_ID, ROWS.COMMAND_NAME,
                ROWS.STEP_KIND, ROWS.PAYLOAD, ROWS.SAMPLED_AT, ROWS.OCCURRED_AT, ROWS.CORRELATION_ID,
                ROWS.CAUSATION_ID};
        return PostgresTransactions.inDurableTransaction(dsl, () -> {
            InsertValuesStepN<EntriesOperationProcedureActivitiesRecord> insert = dsl.insertInto(ROWS, columns);
            for (JournalRow r : rows) {
                insert = insert.values(r.eventId(), r.procedureId().value(), r.logbookId(), r.actor(), r.commandName(),
                        r.stepKind(), JsonbCodec.toJsonb(r.payload()), r.sampledAt().atOffset(ZoneOffset.UTC),
                        r.occurredAt().atOffset(ZoneOffset.UTC), r.correlationId(), r.causationId());
            }
            return insert.onConflict(ROWS.EVENT_ID).doNothing().execute();
        });
    }

    @Override
    public OptionalInt appendIfStreamAt(String streamType, UUID streamId, long version, UUID lastEventId,
                                        List<JournalRow> rows) {
        Json.Arr batch = new Json.Arr(rows.stream().map(PostgresJournalStore::asJson).toList());
        // One statement: outside a transaction it is its own (durable) commit, so the common journal
        // append costs a single round trip; inside one it joins it.
        Integer added = dsl.resultQuery("SELECT append_journal_rows_if_stream_at(?, ?, ?, ?, ?::jsonb)",
                        streamType, streamId, Math.toIntExact(version), lastEventId, batch.toJsonText())
                .fetchOne(0, Integer.class);
        return added == null || added < 0 ? OptionalInt.empty() : OptionalInt.of(added);
    }

    @Override
    public List<JournalRow> listOfKind(ProcedureId procedureId, String stepKind) {
        return dsl.selectFrom(ROWS).where(ROWS.PROCEDURE_ID.eq(procedureId.value()).and(ROWS.STEP_KIND.eq(stepKind)))
                .orderBy(ROWS.APPEND_SEQ).fetch(PostgresJournalStore::row);
    }

    /** Walks the (procedure_id, append_seq) index backwards: the newest conductor row is found at once. */
    @Override
    public Optional<JournalRow> lastStepRow(ProcedureId procedureId) {
        return dsl.selectFrom(ROWS)
                .where(ROWS.PROCEDURE_ID.eq(procedureId.value()))
                .and(DSL.condition("jsonb_exists({0}, 'step_index') AND jsonb_exists({0}, 'result')", ROWS.PAYLOAD))
                .orderBy(ROWS.APPEND_SEQ.desc())
                .limit(1)
                .fetchOptional(PostgresJournalStore::row);
    }

    @Override
    public List<JournalRow> list(ProcedureId procedureId) {
        return dsl.selectFrom(ROWS).where(ROWS.PROCEDURE_ID.eq(procedureId.value())).orderBy(ROWS.APPEND_SEQ)
                .fetch(PostgresJournalStore::row);
    }

    private static Json asJson(JournalRow r) {
        return Json.Obj.builder()
                .put("event_id", r.eventId().toString())
                .put("procedure_id", r.procedureId().toString())
                .put("logbook_id", r.logbookId().toString())
                .put("actor_id", r.actor())
                .put("command_name", r.commandName())
                .put("step_kind", r.stepKind())
                .put("payload", r.payload())
                .put("sampled_at", r.sampledAt().toString())
                .put("occurred_at", r.occurredAt().toString())
                .put("correlation_id", r.correlationId().toString())
                .put("causation_id", r.causationId() == null ? null : r.causationId().toString())
                .build();
    }

    static JournalRow row(EntriesOperationProcedureActivitiesRecord r) {
        return new JournalRow(r.getEventId(), new ProcedureId(r.getProcedureId()), r.getLogbookId(), r.getActorId(),
                r.getCommandName(), r.getStepKind(), JsonbCodec.fromJsonb(r.getPayload(), "payload"),
                PostgresEventStore.instant(r.getSampledAt()), PostgresEventStore.instant(r.getOccurredAt()),
                r.getCorrelationId(), r.getCausationId(), PostgresEventStore.instant(r.getRecordedAt()));
    }
}
