package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.PROJ_OPERATION_PROCEDURE_SUMMARY;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cora.adapters.postgres.generated.tables.ProjOperationProcedureSummary;
import org.cora.adapters.postgres.generated.tables.records.ProjOperationProcedureSummaryRecord;
import org.cora.application.port.ProcedureSummaries;
import org.cora.application.port.ProcedureSummary;
import org.cora.application.port.ProcedureSummaryFilter;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads the list from {@value ProcedureSummaryProjection#NAME}, which {@link PostgresProjectionWorker}
 * keeps. Keyset pages on the primary key: {@code procedure_id > last shown}, so a page costs the
 * same however deep it is, and a row is never shown twice. PostgreSQL compares UUIDs byte by byte,
 * which for UUIDv7 is creation order.
 */
public final class PostgresProcedureSummaries implements ProcedureSummaries {

    private static final ProjOperationProcedureSummary SUMMARY = PROJ_OPERATION_PROCEDURE_SUMMARY;

    private final DSLContext dsl;

    public PostgresProcedureSummaries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ProcedureSummary> page(ProcedureSummaryFilter filter, Optional<ProcedureId> after, int limit) {
        Condition where = DSL.and(
                filter.status().map(s -> SUMMARY.STATUS.eq(s.name())).orElse(DSL.noCondition()),
                filter.kind().map(SUMMARY.KIND::eq).orElse(DSL.noCondition()),
                filter.targetAssetId().map(id -> DSL.condition("{0} @> ARRAY[{1}]::uuid[]", SUMMARY.TARGET_ASSET_IDS,
                        DSL.val(id))).orElse(DSL.noCondition()),
                filter.parentRunId().map(SUMMARY.PARENT_RUN_ID::eq).orElse(DSL.noCondition()),
                after.map(id -> SUMMARY.PROCEDURE_ID.gt(id.value())).orElse(DSL.noCondition()));
        return dsl.selectFrom(SUMMARY).where(where).orderBy(SUMMARY.PROCEDURE_ID).limit(limit)
                .fetch(PostgresProcedureSummaries::summary);
    }

    private static ProcedureSummary summary(ProjOperationProcedureSummaryRecord r) {
        return new ProcedureSummary(new ProcedureId(r.getProcedureId()), r.getName(), r.getKind(),
                ProcedureStatus.valueOf(r.getStatus()), Arrays.asList(r.getTargetAssetIds()), r.getParentRunId(),
                r.getCapabilityId(), r.getRecipeId(), r.getActivityLogbookId(), ActuationKind.parse(r.getActuationKind()),
                r.getPendingHoldReason(), r.getRegisteredAt().toInstant(), r.getUpdatedAt().toInstant(),
                r.getLastEventVersion());
    }
}
