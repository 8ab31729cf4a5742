package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** The pinned step list no longer matches the digest recorded with it: it was altered, never replay it. */
public final class ResolvedStepsDigestMismatchError extends DomainError {

    private final ProcedureId procedureId;
    private final String recorded;
    private final String computed;

    public ResolvedStepsDigestMismatchError(ProcedureId procedureId, String recorded, String computed) {
        super("Procedure " + procedureId + ": the pinned step list hashes to " + computed + " but its recorded digest is "
                + (recorded == null ? "missing" : recorded) + "; refusing to replay it");
        this.procedureId = procedureId;
        this.recorded = recorded;
        this.computed = computed;
    }

    public ProcedureId procedureId() {
        return procedureId;
    }

    public String recorded() {
        return recorded;
    }

    public String computed() {
        return computed;
    }
}
