package org.cora.domain.features.truncateprocedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.InvalidProcedureInterruptedAtError;
import org.cora.domain.procedure.InvalidProcedureTruncateReasonError;
import org.cora.domain.procedure.Procedure;
import org.cora.domain.procedure.ProcedureCannotTruncateError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureTruncated;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureTransitions;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the Procedure exists; the reason is 1..500 characters trimmed;
 * {@code interrupted_at}, when given, is not after now; the status allows truncation.
 */
public final class TruncateProcedureDecider {

    public static final int REASON_MAX = 500;

    private TruncateProcedureDecider() {
    }

    public static List<ProcedureEvent> decide(Procedure state, TruncateProcedureCommand command, Instant now) {
        if (state == null) {
            throw new ProcedureNotFoundError(command.procedureId());
        }
        String reason = BoundedText.trimmed(command.reason(), REASON_MAX)
                .orElseThrow(() -> new InvalidProcedureTruncateReasonError(command.reason()));
        if (command.interruptedAt() != null && command.interruptedAt().isAfter(now)) {
            throw new InvalidProcedureInterruptedAtError(command.interruptedAt(), now);
        }
        if (!ProcedureTransitions.TRUNCATABLE_FROM.contains(state.status())) {
            throw new ProcedureCannotTruncateError(state.id(), state.status());
        }
        return List.of(new ProcedureTruncated(state.id(), reason, command.interruptedAt(), now));
    }
}
