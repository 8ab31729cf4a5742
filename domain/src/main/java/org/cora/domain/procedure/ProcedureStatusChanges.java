package org.cora.domain.procedure;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAcquisitionHalted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureRegistered;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;

/**
 * The events a watcher of Procedure statuses is told about, and the status each leaves the
 * Procedure in. An acquisition halt leaves it Running, but it is where a replay stops and waits for
 * the operator, so it is told too. Because the event type alone is the state change (payloads carry
 * no status), the status follows from the event without folding its stream.
 */
public final class ProcedureStatusChanges {

    /** The stored {@code event_type} of every event {@link #statusAfter} answers for. */
    public static final Set<String> EVENT_TYPES = Stream.of(ProcedureRegistered.class, ProcedureStarted.class,
                    ProcedureHeld.class, ProcedureResumed.class, ProcedureAcquisitionHalted.class,
                    ProcedureCompleted.class, ProcedureAborted.class, ProcedureTruncated.class)
            .map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    private ProcedureStatusChanges() {
    }

    /** The status after {@code event}, or empty for an event that neither sets the status nor halts a replay. */
    public static Optional<ProcedureStatus> statusAfter(ProcedureEvent event) {
        return Optional.ofNullable(switch (event) {
            case ProcedureRegistered r -> ProcedureStatus.Defined;
            case ProcedureStarted s -> ProcedureStatus.Running;
            case ProcedureResumed r -> ProcedureStatus.Running;
            case ProcedureAcquisitionHalted h -> ProcedureStatus.Running;
            case ProcedureHeld h -> ProcedureStatus.Held;
            case ProcedureCompleted c -> ProcedureStatus.Completed;
            case ProcedureAborted a -> ProcedureStatus.Aborted;
            case ProcedureTruncated t -> ProcedureStatus.Truncated;
            case ProcedureEvent.ProcedureHoldRequested r -> null;
            case ProcedureEvent.ProcedureActivitiesLogbookOpened o -> null;
            case ProcedureEvent.ResolvedStepsRecorded r -> null;
            case ProcedureEvent.RecipeExpansionRecorded r -> null;
        });
    }
}
