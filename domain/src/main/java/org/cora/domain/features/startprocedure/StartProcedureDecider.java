package org.cora.domain.features.startprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureStarted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;

/**
 * Invariants: the Procedure exists, then it is Defined. Start gates on target assets, supplies
 * and enclosures join here as further checks after the status, each with its own error.
 */
public final class StartProcedureDecider {

    private StartProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, StartProcedureCommand command, Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        if (!ProcedureTransitions.STARTABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotStartError(state.id(), state.status());
        }
        return List.of(new ProcedureStarted(state.id(), now));
    }
}
