package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** The Procedure is in no state to abort from. */
public final class ProcedureCannotAbortError extends DomainError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    public ProcedureCannotAbortError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super("Procedure " + procedureId + " cannot abort from status " + currentStatus);
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
