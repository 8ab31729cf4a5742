package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** Only a Running Procedure can complete. */
public final class ProcedureCannotCompleteError extends DomainError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    public ProcedureCannotCompleteError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super("Procedure " + procedureId + " cannot complete from status " + currentStatus);
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
