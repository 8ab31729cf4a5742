package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** A Procedure with this id is already registered. */
public final class ProcedureAlreadyExistsError extends DomainError {

    private final ProcedureId procedureId;

    public ProcedureAlreadyExistsError(ProcedureId procedureId) {
        super("Procedure " + procedureId + " already exists");
        this.procedureId = procedureId;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }
}
