package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** Only a Held Run can be resumed. */
public final class RunCannotResumeError extends DomainError {

    private final RunId runId;
    private final RunStatus currentStatus;

    public RunCannotResumeError(RunId runId, RunStatus currentStatus) {
        super("Run " + runId + " cannot resume from status " + currentStatus);
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
