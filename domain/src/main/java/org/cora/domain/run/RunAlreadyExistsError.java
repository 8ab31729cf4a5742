package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** A Run with this id is already started. */
public final class RunAlreadyExistsError extends DomainError {

    private final RunId runId;

    public RunAlreadyExistsError(RunId runId) {
        super("Run " + runId + " already exists");
        this.runId = runId;
    }

    public RunId runId() {
        return runId;
    }
}
