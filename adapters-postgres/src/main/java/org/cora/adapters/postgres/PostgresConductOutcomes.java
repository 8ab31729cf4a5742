package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.PROCEDURE_CONDUCTS;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cora.adapters.postgres.generated.tables.records.ProcedureConductsRecord;
import org.cora.application.port.ConductOutcome;
import org.cora.application.port.ConductOutcomes;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Background conduct outcomes on PostgreSQL: one row per conduct, each write its own durable commit. */
public final class PostgresConductOutcomes implements ConductOutcomes {

    private final DSLContext dsl;

    public PostgresConductOutcomes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void accepted(ConductOutcome accepted) {
        dsl.insertInto(PROCEDURE_CONDUCTS)
                .set(PROCEDURE_CONDUCTS.CONDUCT_ID, accepted.conductId())
                .set(PROCEDURE_CONDUCTS.PROCEDURE_ID, accepted.procedureId().value())
                .set(PROCEDURE_CONDUCTS.COMMAND_NAME, accepted.commandName())
                .set(PROCEDURE_CONDUCTS.PRINCIPAL, accepted.principal())
                .set(PROCEDURE_CONDUCTS.CORRELATION_ID, accepted.correlationId())
                .set(PROCEDURE_CONDUCTS.ACCEPTED_AT, accepted.acceptedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void finished(UUID conductId, Instant finishedAt, Json.Obj result) {
        complete(conductId, finishedAt, JsonbCodec.toJsonb(result), null);
    }

    @Override
    public void failed(UUID conductId, Instant finishedAt, Json.Obj error) {
        complete(conductId, finishedAt, null, JsonbCodec.toJsonb(error));
    }

    @Override
    public Optional<ConductOutcome> latest(ProcedureId procedureId) {
        return dsl.selectFrom(PROCEDURE_CONDUCTS)
                .where(PROCEDURE_CONDUCTS.PROCEDURE_ID.eq(procedureId.value()))
                .orderBy(PROCEDURE_CONDUCTS.ACCEPTED_SEQ.desc())
                .limit(1)
                .fetchOptional(PostgresConductOutcomes::outcome);
    }

    private void complete(UUID conductId, Instant finishedAt, JSONB result, JSONB error) {
        int updated = dsl.update(PROCEDURE_CONDUCTS)
                .set(PROCEDURE_CONDUCTS.FINISHED_AT, finishedAt.atOffset(ZoneOffset.UTC))
                .set(PROCEDURE_CONDUCTS.RESULT, result)
                .set(PROCEDURE_CONDUCTS.ERROR, error)
                .where(PROCEDURE_CONDUCTS.CONDUCT_ID.eq(conductId).and(PROCEDURE_CONDUCTS.FINISHED_AT.isNull()))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("conduct " + conductId + " is not an accepted, unfinished conduct");
        }
    }

    private static ConductOutcome outcome(ProcedureConductsRecord r) {
        return new ConductOutcome(r.getConductId(), new ProcedureId(r.getProcedureId()), r.getCommandName(),
                r.getPrincipal(), r.getCorrelationId(), PostgresEventStore.instant(r.getAcceptedAt()),
                PostgresEventStore.instant(r.getFinishedAt()), object(r.getResult(), "procedure_conducts.result"),
                object(r.getError(), "procedure_conducts.error"));
    }

    private static Json.Obj object(JSONB value, String column) {
        return value == null ? null : JsonbCodec.fromJsonb(value, column);
    }
}
