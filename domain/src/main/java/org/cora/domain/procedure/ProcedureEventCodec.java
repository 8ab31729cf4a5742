package org.cora.domain.procedure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAcquisitionHalted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureActivitiesLogbookOpened;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHoldRequested;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;
import org.cora.domain.procedure.ProcedureEvent.RecipeExpansionRecorded;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.step.StepWireCodec;

/**
 * Procedure events to and from their stored payloads, with the exact keys of the reference.
 * Optional keys are read leniently (missing means null) so older streams still fold; an
 * unknown event type or a missing required key is a hard error.
 */
public final class ProcedureEventCodec {

    /** Every event type this code can fold, in the order they usually appear. */
    public static final List<String> EVENT_TYPES = List.of(
            "ProcedureRegistered", "RecipeExpansionRecorded", "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened",
            "ProcedureHoldRequested", "ProcedureHeld", "ProcedureResumed", "ProcedureAcquisitionHalted",
            "ProcedureCompleted", "ProcedureAborted", "ProcedureTruncated");

    private ProcedureEventCodec() {
    }

    public static Json.Obj toPayload(ProcedureEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("procedure_id", event.procedureId().toString());
        switch (event) {
            case ProcedureRegistered r -> out.put("name", r.name()).put("kind", r.kind())
                    .put("target_asset_ids", new Json.Arr(r.targetAssetIds().stream()
                            .map(id -> (Json) Json.str(id.toString())).toList()))
                    .put("parent_run_id", text(r.parentRunId()))
                    .put("capability_id", text(r.capabilityId()))
                    .put("recipe_id", text(r.recipeId()))
                    .put("max_consecutive_unconverged_iterations", Json.NULL);
            case ProcedureStarted s -> { }
            case ProcedureCompleted c -> out.put("actuation_kind", text(c.actuationKind()));
            case ProcedureAborted a -> out.put("reason", a.reason()).put("actuation_kind", text(a.actuationKind()));
            case ProcedureTruncated t -> out.put("reason", t.reason()).put("interrupted_at", text(t.interruptedAt()));
            case ProcedureActivitiesLogbookOpened o -> out.put("logbook_id", o.logbookId().toString())
                    .put("kind", "activity").put("schema", activitySchema());
            case ResolvedStepsRecorded r -> out.put("resolved_steps", r.resolvedSteps()).put("step_count", r.stepCount())
                    .put("resolved_steps_digest", r.resolvedStepsDigest()).put("derivations", r.derivations());
            case ProcedureHeld h -> out.put("reason", h.reason()).put("decided_by_decision_id", text(h.decidedByDecisionId()))
                    .put("actuation_kind", text(h.actuationKind()))
                    .put("resume_point", h.resumePoint() == null ? Json.NULL : h.resumePoint());
            case ProcedureResumed r -> out.put("re_establishment_boundary", r.reEstablishmentBoundary())
                    .put("decided_by_decision_id", text(r.decidedByDecisionId()));
            case ProcedureHoldRequested r -> out.put("reason", r.reason());
            case RecipeExpansionRecorded r -> out.put("recipe_id", r.recipeId().toString())
                    .put("recipe_version", r.recipeVersion())
                    .put("capability_id", r.capabilityId().toString())
                    .put("capability_version", r.capabilityVersion())
                    .put("bindings", r.bindings())
                    .put("expansion_port_version", r.expansionPortVersion())
                    .put("steps_hash", r.stepsHash())
                    .put("bindings_hash", r.bindingsHash())
                    .put("step_count", r.stepCount());
            case ProcedureAcquisitionHalted h -> out.put("step_index", h.stepIndex()).put("action", h.action());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static ProcedureEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownProcedureEventTypeError(eventType);
        }
        Payload p = new Payload(eventType, payload);
        ProcedureId id = new ProcedureId(p.uuid("procedure_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "ProcedureRegistered" -> new ProcedureRegistered(id, p.string("name"), p.string("kind"),
                    p.uuids("target_asset_ids"), p.optionalUuid("parent_run_id"), p.optionalUuid("capability_id"),
                    p.optionalUuid("recipe_id"), at);
            case "ProcedureStarted" -> new ProcedureStarted(id, at);
            case "ProcedureCompleted" -> new ProcedureCompleted(id, at, p.actuationKind());
            case "ProcedureAborted" -> new ProcedureAborted(id, p.string("reason"), at, p.actuationKind());
            case "ProcedureTruncated" -> new ProcedureTruncated(id, p.string("reason"),
                    p.optionalInstant("interrupted_at"), at);
            case "ProcedureActivitiesLogbookOpened" -> new ProcedureActivitiesLogbookOpened(id, p.uuid("logbook_id"), at);
            case "ResolvedStepsRecorded" -> new ResolvedStepsRecorded(id, p.array("resolved_steps"),
                    p.integer("step_count"), p.optionalString("resolved_steps_digest"), p.optionalArray("derivations"), at);
            case "ProcedureHeld" -> new ProcedureHeld(id, p.string("reason"), p.optionalUuid("decided_by_decision_id"), at,
                    p.actuationKind(), p.optionalObject("resume_point"));
            case "ProcedureResumed" -> new ProcedureResumed(id, p.integer("re_establishment_boundary"),
                    p.optionalUuid("decided_by_decision_id"), at);
            case "ProcedureHoldRequested" -> new ProcedureHoldRequested(id, p.string("reason"), at);
            case "RecipeExpansionRecorded" -> new RecipeExpansionRecorded(id, p.uuid("recipe_id"),
                    p.optionalString("recipe_version"), p.uuid("capability_id"), p.optionalString("capability_version"),
                    p.object("bindings"), p.string("expansion_port_version"), p.string("steps_hash"),
                    p.string("bindings_hash"), p.integer("step_count"), at);
            case "ProcedureAcquisitionHalted" -> new ProcedureAcquisitionHalted(id, p.integer("step_index"),
                    p.string("action"), at);
            default -> throw new UnknownProcedureEventTypeError(eventType);
        };
    }

    /** What the activity logbook holds, recorded when it opens. */
    static Json.Obj activitySchema() {
        return Json.Obj.builder()
                .put("step_kinds", new Json.Arr(StepWireCodec.STEP_KINDS.stream().sorted().map(k -> (Json) Json.str(k)).toList()))
                .put("row_keys", Json.of(List.of("step_index", "result", "error_class", "message")))
                .put("results", Json.of(List.of("in_flight", "ok", "failed")))
                .build();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Reads one stored payload, turning every shape problem into {@link MalformedProcedureEventError}. */
    private record Payload(String eventType, Json.Obj payload) {

        private Json required(String key) {
            return payload.get(key).filter(v -> !(v instanceof Json.Null))
                    .orElseThrow(() -> new MalformedProcedureEventError(eventType, "missing '" + key + "'"));
        }

        String string(String key) {
            if (required(key) instanceof Json.Str s) {
                return s.value();
            }
            throw new MalformedProcedureEventError(eventType, "'" + key + "' is not a string");
        }

        UUID uuid(String key) {
            String raw = string(key);
            try {
                return UUID.fromString(raw);
            } catch (IllegalArgumentException e) {
                throw new MalformedProcedureEventError(eventType, "'" + key + "' is not a UUID: " + raw, e);
            }
        }

        String optionalString(String key) {
            return absent(key) ? null : string(key);
        }

        Json.Arr optionalArray(String key) {
            return absent(key) ? null : array(key);
        }

        Json.Obj object(String key) {
            if (required(key) instanceof Json.Obj o) {
                return o;
            }
            throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an object");
        }

        Json.Obj optionalObject(String key) {
            if (absent(key)) {
                return null;
            }
            if (required(key) instanceof Json.Obj o) {
                return o;
            }
            throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an object");
        }

        UUID optionalUuid(String key) {
            return absent(key) ? null : uuid(key);
        }

        Instant instant(String key) {
            String raw = string(key);
            try {
                return java.time.OffsetDateTime.parse(raw).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an ISO-8601 instant: " + raw, e);
            }
        }

        Instant optionalInstant(String key) {
            return absent(key) ? null : instant(key);
        }

        ActuationKind actuationKind() {
            if (absent("actuation_kind")) {
                return null;
            }
            String raw = string("actuation_kind");
            try {
                return ActuationKind.valueOf(raw);
            } catch (IllegalArgumentException e) {
                throw new MalformedProcedureEventError(eventType, "unknown actuation_kind '" + raw + "'", e);
            }
        }

        List<UUID> uuids(String key) {
            if (absent(key)) {
                return List.of();
            }
            if (!(required(key) instanceof Json.Arr items)) {
                throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an array");
            }
            return items.items().stream().map(item -> {
                if (item instanceof Json.Str s) {
                    try {
                        return UUID.fromString(s.value());
                    } catch (IllegalArgumentException e) {
                        throw new MalformedProcedureEventError(eventType, "'" + key + "' holds a non-UUID", e);
                    }
                }
                throw new MalformedProcedureEventError(eventType, "'" + key + "' holds a non-string");
            }).toList();
        }

        Json.Arr array(String key) {
            if (required(key) instanceof Json.Arr a) {
                return a;
            }
            throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an array");
        }

        int integer(String key) {
            if (required(key) instanceof Json.Num n) {
                try {
                    return n.value().intValueExact();
                } catch (ArithmeticException e) {
                    throw new MalformedProcedureEventError(eventType, "'" + key + "' is not an integer", e);
                }
            }
            throw new MalformedProcedureEventError(eventType, "'" + key + "' is not a number");
        }

        private boolean absent(String key) {
            return payload.get(key).map(v -> v instanceof Json.Null).orElse(true);
        }
    }
}
