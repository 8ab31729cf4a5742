package org.cora.application.features.getrun;

import org.cora.domain.run.RunId;

/** The folded state of one Run. */
public record GetRunQuery(RunId runId) {
}
