package org.cora.domain.features.resumeprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;

/**
 * Invariants, in order: the Procedure exists; the boundary is at least 0; it is Held; its parent
 * Run is not held (the status guard comes first, so a Running Procedure under a held Run gets the
 * status form).
 */
public final class ResumeProcedureDecider {

    private ResumeProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, ResumeProcedureCommand command, boolean parentRunHeld,
                                              Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        long boundary = command.reEstablishmentBoundary();
        if (boundary < 0 || boundary > Integer.MAX_VALUE) {
            throw new InvalidProcedureReEstablishmentBoundaryError(boundary, "it must be 0 or more");
        }
        if (!ProcedureTransitions.RESUMABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotResumeError(state.id(), state.status(), false);
        }
        if (parentRunHeld) {
            throw new ProcedureCannotResumeError(state.id(), state.status(), true);
        }
        return List.of(new ProcedureResumed(state.id(), (int) boundary, command.decidedByDecisionId(), now));
    }
}
