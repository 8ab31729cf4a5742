package org.cora.domain.procedure;

import java.util.List;
import org.cora.domain.control.ActuationKind;
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

/** Folds Procedure events into state. The event type is the state change; payloads carry no status. */
public final class ProcedureEvolver {

    private ProcedureEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Procedure fold(List<ProcedureEvent> events) {
        Procedure state = null;
        for (ProcedureEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Procedure evolve(Procedure state, ProcedureEvent event) {
        if (event instanceof ProcedureRegistered registered) {
            return new Procedure(registered.procedureId(), registered.name(), registered.kind(),
                    registered.targetAssetIds(), ProcedureStatus.Defined, registered.parentRunId(),
                    registered.capabilityId(), registered.recipeId(), null, null, null);
        }
        Procedure prior = requireState(state, event);
        return switch (event) {
            case ProcedureRegistered r -> throw new IllegalStateException("handled above");
            case ProcedureStarted s -> prior.withStatus(ProcedureStatus.Running);
            case ProcedureCompleted c -> prior.withStatus(ProcedureStatus.Completed, c.actuationKind());
            case ProcedureAborted a -> prior.withStatus(ProcedureStatus.Aborted, a.actuationKind());
            case ProcedureTruncated t -> prior.withStatus(ProcedureStatus.Truncated);
            case ProcedureActivitiesLogbookOpened o -> prior.withActivityLogbook(o.logbookId());
            case ProcedureHeld h -> prior.withStatus(ProcedureStatus.Held,
                    ActuationKind.merge(prior.actuationKind(), h.actuationKind()));
            case ProcedureResumed r -> prior.withStatus(ProcedureStatus.Running);
            case ProcedureHoldRequested r -> prior.withPendingHold(r.reason());
            case ProcedureAcquisitionHalted h -> prior;
            case ResolvedStepsRecorded r -> prior;
            case RecipeExpansionRecorded r -> prior;
        };
    }

    private static Procedure requireState(Procedure state, ProcedureEvent event) {
        if (state == null) {
            throw new MalformedProcedureEventError(event.eventType(),
                    "it comes before ProcedureRegistered on stream " + event.procedureId());
        }
        return state;
    }
}
