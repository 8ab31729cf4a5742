package org.cora.domain.procedure;

/** The Procedure is in no state to abort from. */
public final class ProcedureCannotAbortError extends ProcedureStatusRefusal {

    public ProcedureCannotAbortError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " cannot abort from status " + currentStatus);
    }
}
