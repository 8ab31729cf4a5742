package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** Journal rows are accepted only while the Procedure is Running. */
public final class ProcedureStepsLogbookClosedError extends DomainError {

    private final ProcedureId procedureId;
    private final ProcedureStatus currentStatus;

    public ProcedureStepsLogbookClosedError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super("Procedure " + procedureId + " steps logbook is closed: status is " + currentStatus + ", journal rows need Running");
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
