package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** Only a Defined Procedure can start. */
public final class ProcedureCannotStartError extends DomainError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    public ProcedureCannotStartError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super("Procedure " + procedureId + " cannot start from status " + currentStatus);
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
