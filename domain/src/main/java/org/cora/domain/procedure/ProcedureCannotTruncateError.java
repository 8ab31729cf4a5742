package org.cora.domain.procedure;

/** The Procedure is in no state to truncate from. */
public final class ProcedureCannotTruncateError extends ProcedureStatusRefusal {

    public ProcedureCannotTruncateError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " cannot truncate from status " + currentStatus);
    }
}
