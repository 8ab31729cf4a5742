package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** No Run has this id. */
public final class RunNotFoundError extends DomainError {

    private final RunId runId;

    public RunNotFoundError(RunId runId) {
        super("Run " + runId + " not found");
        this.runId = runId;
    }

    public RunId runId() {
        return runId;
    }
}
