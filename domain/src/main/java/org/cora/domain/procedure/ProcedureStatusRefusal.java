package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** A command the Procedure's current status does not allow; each verb has its own named subclass. */
public abstract sealed class ProcedureStatusRefusal extends DomainError
        permits ProcedureCannotStartError, ProcedureCannotCompleteError, ProcedureCannotAbortError,
                ProcedureCannotTruncateError, ProcedureCannotHoldError, ProcedureCannotResumeError,
                ProcedureStepsLogbookClosedError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    protected ProcedureStatusRefusal(ProcedureId procedureId, ProcedureStatus currentStatus, String message) {
        super(message);
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
