package org.cora.domain.features.resumerun;

import org.cora.domain.run.RunId;

/** Resume a Held Run. */
public record ResumeRunCommand(RunId runId) {
}
