package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/**
 * A hold was requested, so no new effect may start: an {@code in_flight} marker is refused. The
 * Conductor answers it by holding at this step boundary.
 */
public final class ProcedureHoldPendingError extends DomainError {

    private final ProcedureId procedureId;
    private final String reason;

    public ProcedureHoldPendingError(ProcedureId procedureId, String reason) {
        super("Procedure " + procedureId + " has a hold pending (" + reason + "); no new step starts");
        this.procedureId = procedureId;
        this.reason = reason;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }

    public String reason() {
        return reason;
    }
}
