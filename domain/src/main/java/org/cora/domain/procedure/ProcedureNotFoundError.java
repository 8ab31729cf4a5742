package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** No Procedure has this id. */
public final class ProcedureNotFoundError extends DomainError {

    private final ProcedureId procedureId;

    public ProcedureNotFoundError(ProcedureId procedureId) {
        super("Procedure " + procedureId + " not found");
        this.procedureId = procedureId;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }
}
