package org.cora.application.features.holdprocedure;

import java.util.List;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHoldRequested;

/** Whether a hold landed at once, or was requested from the walking conductor for its next step boundary. */
public enum HoldOutcome {
    HELD, REQUESTED;

    static HoldOutcome of(List<ProcedureEvent> decided) {
        return decided.stream().anyMatch(e -> e instanceof ProcedureHoldRequested) ? REQUESTED : HELD;
    }
}
