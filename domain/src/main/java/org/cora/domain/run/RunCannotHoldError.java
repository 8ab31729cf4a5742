package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** Only a Running Run can be held. */
public final class RunCannotHoldError extends DomainError {

    private final RunId runId;
    private final RunStatus currentStatus;

    public RunCannotHoldError(RunId runId, RunStatus currentStatus) {
        super("Run " + runId + " cannot hold from status " + currentStatus);
        this.runId = runId;
        this.currentStatus = currentStatus;
    }

    public RunId runId() {
        return runId;
    }

    public RunStatus currentStatus() {
        return currentStatus;
    }
}
