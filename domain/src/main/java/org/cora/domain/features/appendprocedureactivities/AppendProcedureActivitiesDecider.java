package org.cora.domain.features.appendprocedureactivities;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.procedure.InvalidProcedureActivitiesBatchError;
import org.cora.domain.procedure.InvalidStepKindError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureActivitiesLogbookOpened;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStepsLogbookClosedError;
import org.cora.domain.procedure.ProcedureTransitions;
import org.cora.domain.step.StepWireCodec;

/**
 * Invariants, in order: the Procedure exists; the batch holds at most
 * {@value AppendProcedureActivitiesCommand#BATCH_MAX} rows; it is Running (the journal is closed
 * otherwise); every row's step kind is one the journal holds; while a hold is pending no
 * {@code in_flight} marker is accepted (no new effect starts). The first append opens the logbook: it emits
 * {@code ProcedureActivitiesLogbookOpened} with {@code newLogbookId}; later appends emit nothing.
 */
public final class AppendProcedureActivitiesDecider {

    private AppendProcedureActivitiesDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, AppendProcedureActivitiesCommand command,
                                              UUID newLogbookId, Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        if (command.entries().size() > AppendProcedureActivitiesCommand.BATCH_MAX) {
            throw new InvalidProcedureActivitiesBatchError(command.entries().size(),
                    AppendProcedureActivitiesCommand.BATCH_MAX);
        }
        if (!ProcedureTransitions.JOURNAL_OPEN_IN.contains(state.status())) {
            throw new ProcedureStepsLogbookClosedError(state.id(), state.status());
        }
        for (ActivityEntry entry : command.entries()) {
            if (!StepWireCodec.STEP_KINDS.contains(entry.stepKind())) {
                throw new InvalidStepKindError(entry.stepKind(), StepWireCodec.STEP_KINDS);
            }
            if (state.pendingHoldReason() != null && entry.isInFlightMarker()) {
                throw new ProcedureHoldPendingError(state.id(), state.pendingHoldReason());
            }
        }
        if (state.activityLogbookId() != null || command.entries().isEmpty()) {
            return List.of();
        }
        return List.of(new ProcedureActivitiesLogbookOpened(state.id(), newLogbookId, now));
    }
}
