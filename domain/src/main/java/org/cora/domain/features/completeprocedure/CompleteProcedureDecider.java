package org.cora.domain.features.completeprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureCompleted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;

/** Invariants: the Procedure exists, then it is Running. The actuation kind is copied from the command. */
public final class CompleteProcedureDecider {

    private CompleteProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, CompleteProcedureCommand command, Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        if (!ProcedureTransitions.COMPLETABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotCompleteError(state.id(), state.status());
        }
        return List.of(new ProcedureCompleted(state.id(), now, command.actuationKind()));
    }
}
