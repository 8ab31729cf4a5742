package org.cora.domain.features.holdrun;

import org.cora.domain.run.RunId;

/** Hold a Running Run, saying why; its Procedures cannot resume while it is Held. */
public record HoldRunCommand(RunId runId, String reason) {
}
