package org.cora.application.features.getprocedureconductresult;

import org.cora.application.port.ConductOutcome;

/** A background conduct's record and the state it is in as of this read. */
public record ConductResultView(ConductOutcome outcome, ConductOutcome.State state) {
}
