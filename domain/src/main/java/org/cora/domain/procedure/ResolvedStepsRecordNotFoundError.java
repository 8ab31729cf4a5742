package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** A started Procedure has no pinned step list before its start: the stream is corrupt. */
public final class ResolvedStepsRecordNotFoundError extends DomainError {

    private final ProcedureId procedureId;

    public ResolvedStepsRecordNotFoundError(ProcedureId procedureId) {
        super("Procedure " + procedureId + " has no ResolvedStepsRecorded before its ProcedureStarted; it cannot be resumed");
        this.procedureId = procedureId;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }
}
