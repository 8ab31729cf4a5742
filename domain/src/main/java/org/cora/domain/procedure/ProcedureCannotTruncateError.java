package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** The Procedure is in no state to truncate from. */
public final class ProcedureCannotTruncateError extends DomainError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    public ProcedureCannotTruncateError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super("Procedure " + procedureId + " cannot truncate from status " + currentStatus);
        this.procedureId = procedureId;
        this.currentStatus = currentStatus;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }

    public ProcedureStatus currentStatus() {
        return currentStatus;
    }
}
