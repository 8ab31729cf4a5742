package org.cora.domain.procedure;

/** Only a Defined Procedure can start. */
public final class ProcedureCannotStartError extends ProcedureStatusRefusal {

    public ProcedureCannotStartError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " cannot start from status " + currentStatus);
    }
}
