package org.cora.domain.procedure;

/** Only a Running Procedure can be held. */
public final class ProcedureCannotHoldError extends ProcedureStatusRefusal {

    public ProcedureCannotHoldError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " cannot hold from status " + currentStatus);
    }
}
