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

    /**
     * Paused: no step runs until a resume. {@code resumePoint} is the computed place to resume
     * from, recorded when the service held the Procedure itself (a lost conductor); null otherwise.
     */
    record ProcedureHeld(ProcedureId procedureId, String reason, UUID decidedByDecisionId, Instant occurredAt,
                         ActuationKind actuationKind, Json.Obj resumePoint) implements ProcedureEvent {
    }

    /** Running again; the walk replays the pinned list from {@code reEstablishmentBoundary} (audit only). */
    record ProcedureResumed(ProcedureId procedureId, int reEstablishmentBoundary, UUID decidedByDecisionId,
                            Instant occurredAt) implements ProcedureEvent {
    }

    /**
     * A conduct-from stopped before the action at {@code stepIndex}: it waits, Running, for an
     * operator to decide about the acquisition. Nothing was run or journaled for the action.
     */
    record ProcedureAcquisitionHalted(ProcedureId procedureId, int stepIndex, String action, Instant occurredAt)
            implements ProcedureEvent {
    }

    /** An operator asked to hold while a conductor walks: it holds at the next step boundary. */
    record ProcedureHoldRequested(ProcedureId procedureId, String reason, Instant occurredAt)
            implements ProcedureEvent {
    }

    /** The step journal of this Procedure exists from now on; its rows live beside the stream. */
    record ProcedureActivitiesLogbookOpened(ProcedureId procedureId, UUID logbookId, Instant occurredAt)
            implements ProcedureEvent {
    }

    /**
     * What a recipe-driven Procedure was registered from: the recipe and capability versions, the
     * canonical bindings, the expander's version and the SHA-256 of the canonical bindings and of
     * the expanded steps. Provenance only; every conduct replays the expansion and checks both.
     */
    record RecipeExpansionRecorded(ProcedureId procedureId, UUID recipeId, String recipeVersion, UUID capabilityId,
                                   String capabilityVersion, Json.Obj bindings, String expansionPortVersion,
                                   String stepsHash, String bindingsHash, int stepCount, Instant occurredAt)
            implements ProcedureEvent {
    }

    /**
     * The fully resolved step list of a conduct, in wire form, pinned before its first step, with
     * the SHA-256 of its canonical JSON (over {@code resolved_steps}) and, for every setpoint that
     * came from a pseudo-axis, its derivation. Provenance only: folding it changes nothing.
     */
    record ResolvedStepsRecorded(ProcedureId procedureId, Json.Arr resolvedSteps, int stepCount,
                                 String resolvedStepsDigest, Json.Arr derivations, Instant occurredAt)
            implements ProcedureEvent {
        public ResolvedStepsRecorded {
            Objects.requireNonNull(resolvedSteps, "resolvedSteps");
            derivations = derivations == null ? new Json.Arr(List.of()) : derivations;
        }

        /** A pin with no pseudo-axis derivations. */
        public ResolvedStepsRecorded(ProcedureId procedureId, Json.Arr resolvedSteps, int stepCount,
                                     String resolvedStepsDigest, Instant occurredAt) {
            this(procedureId, resolvedSteps, stepCount, resolvedStepsDigest, null, occurredAt);
        }
    }
}
