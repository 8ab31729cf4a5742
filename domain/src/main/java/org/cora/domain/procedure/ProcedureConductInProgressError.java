package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** Another conduct (in this service or another instance on the same database) is walking this Procedure. */
public final class ProcedureConductInProgressError extends DomainError {

    private final ProcedureId procedureId;

    public ProcedureConductInProgressError(ProcedureId procedureId) {
        super("Procedure " + procedureId + " is being conducted by someone else; nothing was done");
        this.procedureId = procedureId;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }
}
