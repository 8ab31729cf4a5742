package org.cora.domain.procedure;

/** Only a Held Procedure resumes, and not while its parent Run is held. */
public final class ProcedureCannotResumeError extends ProcedureStatusRefusal {

    private final boolean parentRunHeld;

    public ProcedureCannotResumeError(ProcedureId procedureId, ProcedureStatus currentStatus, boolean parentRunHeld) {
        super(procedureId, currentStatus, parentRunHeld
                ? "Procedure " + procedureId + " cannot resume while its parent Run is held"
                : "Procedure " + procedureId + " cannot resume from status " + currentStatus);
        this.parentRunHeld = parentRunHeld;
    }

    public boolean parentRunHeld() {
        return parentRunHeld;
    }
}
