package org.cora.domain.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;

/** Everything that can happen to a Procedure. The record name is the stored {@code event_type}. */
public sealed interface ProcedureEvent {

    String STREAM_TYPE = "Procedure";

    ProcedureId procedureId();

    Instant occurredAt();

    default String eventType() {
        return getClass().getSimpleName();
    }

    /** Genesis. {@code targetAssetIds} are kept sorted by their string form. */
    record ProcedureRegistered(ProcedureId procedureId, String name, String kind, List<UUID> targetAssetIds,
                               UUID parentRunId, UUID capabilityId, UUID recipeId, Instant occurredAt)
            implements ProcedureEvent {
        public ProcedureRegistered {
            targetAssetIds = targetAssetIds.stream().distinct()
                    .sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
    }

    record ProcedureStarted(ProcedureId procedureId, Instant occurredAt) implements ProcedureEvent {
    }

    record ProcedureCompleted(ProcedureId procedureId, Instant occurredAt, ActuationKind actuationKind)
            implements ProcedureEvent {
    }

    record ProcedureAborted(ProcedureId procedureId, String reason, Instant occurredAt, ActuationKind actuationKind)
            implements ProcedureEvent {
    }

    record ProcedureTruncated(ProcedureId procedureId, String reason, Instant interruptedAt, Instant occurredAt)
            implements ProcedureEvent {
    }

    /** The step journal of this Procedure exists from now on; its rows live beside the stream. */
    record ProcedureActivitiesLogbookOpened(ProcedureId procedureId, UUID logbookId, Instant occurredAt)
            implements ProcedureEvent {
    }

    /**
     * The fully resolved step list of a conduct, in wire form, pinned before its first step.
     * Provenance only: folding it changes nothing.
     */
    record ResolvedStepsRecorded(ProcedureId procedureId, Json.Arr resolvedSteps, int stepCount, Instant occurredAt)
            implements ProcedureEvent {
        public ResolvedStepsRecorded {
            Objects.requireNonNull(resolvedSteps, "resolvedSteps");
        }
    }
}
