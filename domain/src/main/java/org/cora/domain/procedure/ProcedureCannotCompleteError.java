package org.cora.domain.procedure;

/** Only a Running Procedure can complete. */
public final class ProcedureCannotCompleteError extends ProcedureStatusRefusal {

    public ProcedureCannotCompleteError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " cannot complete from status " + currentStatus);
    }
}
