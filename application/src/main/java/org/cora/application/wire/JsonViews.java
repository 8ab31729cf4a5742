package org.cora.application.wire;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.cora.application.features.conductfromprocedure.ConductFromResult;
import org.cora.application.features.getprocedureconductresult.ConductResultView;
import org.cora.application.features.streamprocedurestatuses.ProcedureStatusChange;
import org.cora.application.port.ConductOutcome;
import org.cora.application.port.JournalRow;
import org.cora.application.port.ProcedureSummary;
import org.cora.application.port.StoredEvent;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.resume.ResumePoint;

/** The response shapes, snake_case as the wire contract has them: HTTP responses and MCP tool results alike. */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> procedure(Procedure p) {
        return plain(Json.Obj.builder()
                .put("procedure_id", p.id().toString())
                .put("name", p.name())
                .put("kind", p.kind())
                .put("status", p.status().name())
                .put("target_asset_ids", Json.of(p.targetAssetIds().stream().map(UUID::toString).toList()))
                .put("parent_run_id", text(p.parentRunId()))
                .put("capability_id", text(p.capabilityId()))
                .put("recipe_id", text(p.recipeId()))
                .put("activity_logbook_id", text(p.activityLogbookId()))
                .put("actuation_kind", text(p.actuationKind()))
                .put("pending_hold_reason", p.pendingHoldReason())
                .build());
    }

    public static Map<String, Object> journalRow(JournalRow r) {
        return plain(Json.Obj.builder()
                .put("event_id", r.eventId().toString())
                .put("step_kind", r.stepKind())
                .put("payload", r.payload())
                .put("sampled_at", text(r.sampledAt()))
                .put("occurred_at", text(r.occurredAt()))
                .put("recorded_at", text(r.recordedAt()))
                .put("actor_id", r.actor())
                .put("command_name", r.commandName())
                .put("logbook_id", r.logbookId().toString())
                .put("correlation_id", r.correlationId().toString())
                .build());
    }

    public static Map<String, Object> event(StoredEvent e) {
        return plain(Json.Obj.builder()
                .put("version", e.version())
                .put("event_type", e.eventType())
                .put("payload", e.payload())
                .put("occurred_at", text(e.occurredAt()))
                .put("recorded_at", text(e.recordedAt()))
                .put("event_id", e.eventId().toString())
                .put("position", e.position())
                .put("schema_version", e.schemaVersion())
                .put("principal", e.principal())
                .put("correlation_id", e.correlationId().toString())
                .put("causation_id", text(e.causationId()))
                .put("metadata", e.metadata())
                .build());
    }

    public static Json.ObjBuilder conductResult(ConductorResult result) {
        Json.ObjBuilder body = Json.Obj.builder();
        result.toPayload().fields().forEach(body::put);
        return body;
    }

    /** A conduct-from: the conduct's result, the boundary it replayed from and the resume point the journal proposed. */
    public static Map<String, Object> conductFromResult(ConductFromResult outcome) {
        return plain(conductResult(outcome.result())
                .put("re_establishment_boundary", outcome.reEstablishmentBoundary())
                .put("acquisition_halt", outcome.result().acquisitionHalt())
                .put("resume_point", outcome.computed().toPayload())
                .build());
    }

    public static Map<String, Object> resumePoint(ProcedureId id, ResumePoint point) {
        return plain(point.toPayload().with("procedure_id", Json.str(id.toString())));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> plain(Json.Obj object) {
        return (Map<String, Object>) object.toPlain();
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Instant i ? i.toString() : value.toString();
    }

    /** One row of the Procedure list ({@code GET /procedures}, {@code list_procedures}). */
    public static Map<String, Object> procedureSummary(ProcedureSummary s) {
        return plain(Json.Obj.builder()
                .put("procedure_id", s.procedureId().toString())
                .put("name", s.name())
                .put("kind", s.kind())
                .put("status", s.status().name())
                .put("target_asset_ids", Json.of(s.targetAssetIds().stream().map(UUID::toString).toList()))
                .put("parent_run_id", summaryText(s.parentRunId()))
                .put("capability_id", summaryText(s.capabilityId()))
                .put("recipe_id", summaryText(s.recipeId()))
                .put("activity_logbook_id", summaryText(s.activityLogbookId()))
                .put("actuation_kind", summaryText(s.actuationKind()))
                .put("pending_hold_reason", s.pendingHoldReason())
                .put("registered_at", summaryText(s.registeredAt()))
                .put("updated_at", summaryText(s.updatedAt()))
                .put("last_event_version", s.lastEventVersion())
                .build());
    }

    private static String summaryText(Object value) {
        return value == null ? null : value instanceof Instant at ? at.toString() : value.toString();
    }

    /** A background conduct's record ({@code GET /procedures/{id}/conduct-result}). */
    public static Map<String, Object> conductResult(ConductResultView read) {
        ConductOutcome o = read.outcome();
        return plain(Json.Obj.builder()
                .put("procedure_id", o.procedureId().toString())
                .put("conduct_id", o.conductId().toString())
                .put("command_name", o.commandName())
                .put("principal", o.principal())
                .put("correlation_id", o.correlationId().toString())
                .put("state", read.state().name())
                .put("accepted_at", o.acceptedAt().toString())
                .put("finished_at", o.finishedAt() == null ? null : o.finishedAt().toString())
                .put("result", o.result() == null ? Json.NULL : o.result())
                .put("error", o.error() == null ? Json.NULL : o.error())
                .build());
    }

    /** One status change of the status stream ({@code GET /procedures/status-stream}). */
    public static Map<String, Object> statusChange(ProcedureStatusChange change) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("procedure_id", change.procedureId().toString());
        view.put("status", change.status().name());
        view.put("event_type", change.eventType());
        view.put("version", change.version());
        view.put("occurred_at", change.occurredAt().toString());
        return view;
    }
}
