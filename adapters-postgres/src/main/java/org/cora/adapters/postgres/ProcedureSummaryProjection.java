package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.EVENTS;
import static org.cora.adapters.postgres.generated.Tables.PROJ_OPERATION_PROCEDURE_SUMMARY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cora.adapters.postgres.generated.tables.ProjOperationProcedureSummary;
import org.cora.adapters.postgres.generated.tables.records.ProjOperationProcedureSummaryRecord;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.procedure.ProcedureStatus;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The Procedure list, {@value #NAME}: one row per Procedure holding its state as the domain's own
 * codec and evolver fold it, so the list and {@code GET /procedures/{id}} never disagree about
 * what an event means.
 *
 * <p>Each row keeps the last stream version it folded. An event at or below it is a replay and
 * changes nothing. An event beyond the next version (a later append whose transaction began
 * first, so it comes first in transaction order) is preceded by the versions in between, read from
 * the events table: a stream's appends are serialized, so they are committed. Their own turn then
 * finds them folded.
 */
public final class ProcedureSummaryProjection implements Projection {

    public static final String NAME = "proj_operation_procedure_summary";

    /** Seeded by V5. Raise it when what a row holds changes: the worker then rebuilds the table on start. */
    public static final int VERSION = 1;

    private static final ProjOperationProcedureSummary SUMMARY = PROJ_OPERATION_PROCEDURE_SUMMARY;

    /** A row while it is folded. */
    private record Folded(Procedure state, Instant registeredAt, Instant updatedAt, long version) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return VERSION;
    }

    @Override
    public Set<String> streamTypes() {
        return Set.of(ProcedureEvent.STREAM_TYPE);
    }

    @Override
    public void apply(List<ProjectedEvent> events, DSLContext dsl) {
        Map<UUID, Folded> rows = existing(dsl, events);
        Set<UUID> changed = new LinkedHashSet<>();
        for (ProjectedEvent event : events) {
            Folded row = rows.get(event.streamId());
            long folded = row == null ? 0 : row.version();
            if (event.version() <= folded) {
                continue;
            }
            List<ProjectedEvent> due = event.version() == folded + 1 ? List.of(event) : versionsUpTo(dsl, event, folded);
            rows.put(event.streamId(), fold(row, due));
            changed.add(event.streamId());
        }
        if (!changed.isEmpty()) {
            dsl.batch(changed.stream().map(id -> upsert(dsl, rows.get(id))).toList()).execute();
        }
    }

    @Override
    public void reset(DSLContext dsl) {
        dsl.truncate(SUMMARY).execute();
    }

    private static Folded fold(Folded row, List<ProjectedEvent> due) {
        Procedure state = row == null ? null : row.state();
        Instant registeredAt = row == null ? null : row.registeredAt();
        for (ProjectedEvent event : due) {
            state = ProcedureEvolver.evolve(state, ProcedureEventCodec.fromStored(event.eventType(), event.payload()));
            registeredAt = registeredAt == null ? event.occurredAt() : registeredAt;
        }
        return new Folded(state, registeredAt, due.getLast().occurredAt(), due.getLast().version());
    }

    /** The stream's events after {@code folded} up to {@code event}, in version order. */
    private static List<ProjectedEvent> versionsUpTo(DSLContext dsl, ProjectedEvent event, long folded) {
        List<ProjectedEvent> due = dsl.select(EVENTS.POSITION, EVENTS.VERSION, EVENTS.EVENT_TYPE, EVENTS.PAYLOAD,
                        EVENTS.OCCURRED_AT, EVENTS.RECORDED_AT)
                .from(EVENTS)
                .where(EVENTS.STREAM_TYPE.eq(event.streamType()).and(EVENTS.STREAM_ID.eq(event.streamId()))
                        .and(EVENTS.VERSION.gt(Math.toIntExact(folded)))
                        .and(EVENTS.VERSION.le(Math.toIntExact(event.version()))))
                .orderBy(EVENTS.VERSION)
                .fetch(r -> new ProjectedEvent(event.transactionId(), r.value1(), event.streamType(), event.streamId(),
                        r.value2(), r.value3(), JsonbCodec.fromJsonb(r.value4(), "events.payload"),
                        r.value5().toInstant(), r.value6().toInstant()));
        if (due.size() != event.version() - folded) {
            throw new IllegalStateException("stream " + event.streamType() + ":" + event.streamId() + " has "
                    + due.size() + " events in versions " + (folded + 1) + ".." + event.version()
                    + ": a committed version is missing below a committed one");
        }
        return due;
    }

    private static Map<UUID, Folded> existing(DSLContext dsl, List<ProjectedEvent> events) {
        Set<UUID> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.streamId()));
        Map<UUID, Folded> rows = new HashMap<>();
        dsl.selectFrom(SUMMARY).where(SUMMARY.PROCEDURE_ID.in(ids))
                .forEach(r -> rows.put(r.getProcedureId(), folded(r)));
        return rows;
    }

    private static Folded folded(ProjOperationProcedureSummaryRecord r) {
        Procedure state = new Procedure(new ProcedureId(r.getProcedureId()), r.getName(), r.getKind(),
                Arrays.asList(r.getTargetAssetIds()), ProcedureStatus.valueOf(r.getStatus()), r.getParentRunId(),
                r.getCapabilityId(), r.getRecipeId(), r.getActivityLogbookId(), ActuationKind.parse(r.getActuationKind()),
                r.getPendingHoldReason());
        return new Folded(state, r.getRegisteredAt().toInstant(), r.getUpdatedAt().toInstant(), r.getLastEventVersion());
    }

    /** Insert or overwrite, but never with an older fold than the stored one. */
    private static Query upsert(DSLContext dsl, Folded row) {
        ProjOperationProcedureSummaryRecord r = dsl.newRecord(SUMMARY);
        Procedure p = row.state();
        r.setProcedureId(p.id().value());
        r.setName(p.name());
        r.setKind(p.kind());
        r.setStatus(p.status().name());
        r.setTargetAssetIds(p.targetAssetIds().toArray(UUID[]::new));
        r.setParentRunId(p.parentRunId());
        r.setCapabilityId(p.capabilityId());
        r.setRecipeId(p.recipeId());
        r.setActivityLogbookId(p.activityLogbookId());
        r.setActuationKind(p.actuationKind() == null ? null : p.actuationKind().name());
        r.setPendingHoldReason(p.pendingHoldReason());
        r.setRegisteredAt(utc(row.registeredAt()));
        r.setUpdatedAt(utc(row.updatedAt()));
        r.setLastEventVersion(Math.toIntExact(row.version()));
        return dsl.insertInto(SUMMARY).set(r)
                .onConflict(SUMMARY.PROCEDURE_ID).doUpdate().set(r)
                .where(SUMMARY.LAST_EVENT_VERSION.lt(DSL.excluded(SUMMARY.LAST_EVENT_VERSION)));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
