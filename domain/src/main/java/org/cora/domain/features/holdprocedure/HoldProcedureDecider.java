package org.cora.domain.features.holdprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.InvalidProcedureHoldReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHoldRequested;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the Procedure exists; the reason is 1..500 characters trimmed; it is
 * Running. An operator's hold while a conductor walks ({@code conductorWalking}) is recorded as
 * {@code ProcedureHoldRequested}, so the step in progress is never torn; otherwise
 * {@code ProcedureHeld}, with the command's actuation kind and resume point.
 */
public final class HoldProcedureDecider {

    public static final int REASON_MAX = 500;

    private HoldProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, HoldProcedureCommand command, boolean conductorWalking,
                                              Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        String reason = BoundedText.trimmed(command.reason(), REASON_MAX)
                .orElseThrow(() -> new InvalidProcedureHoldReasonError(command.reason()));
        if (!ProcedureTransitions.HOLDABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotHoldError(state.id(), state.status());
        }
        if (conductorWalking && !command.byConductor()) {
            return List.of(new ProcedureHoldRequested(state.id(), reason, now));
        }
        return List.of(new ProcedureHeld(state.id(), reason, command.decidedByDecisionId(), now,
                command.actuationKind(), command.resumePoint()));
    }
}
