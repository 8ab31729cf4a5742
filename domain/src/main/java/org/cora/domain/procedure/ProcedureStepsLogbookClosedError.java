package org.cora.domain.procedure;

/** Journal rows are accepted only while the Procedure is Running. */
public final class ProcedureStepsLogbookClosedError extends ProcedureStatusRefusal {

    public ProcedureStepsLogbookClosedError(ProcedureId procedureId, ProcedureStatus currentStatus) {
        super(procedureId, currentStatus, "Procedure " + procedureId + " steps logbook is closed: status is " + currentStatus
                + ", journal rows need Running");
    }
}
