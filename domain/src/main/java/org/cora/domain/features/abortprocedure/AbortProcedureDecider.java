package org.cora.domain.features.abortprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.InvalidProcedureAbortReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAborted;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;
import org.cora.domain.shared.BoundedText;

/** Invariants, in order: the Procedure exists; the reason is 1..500 characters trimmed; the status allows abort. */
public final class AbortProcedureDecider {

    public static final int REASON_MAX = 500;

    private AbortProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, AbortProcedureCommand command, Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        String reason = BoundedText.trimmed(command.reason(), REASON_MAX)
                .orElseThrow(() -> new InvalidProcedureAbortReasonError(command.reason()));
        if (!ProcedureTransitions.ABORTABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotAbortError(state.id(), state.status());
        }
        return List.of(new ProcedureAborted(state.id(), reason, now, command.actuationKind()));
    }
}
