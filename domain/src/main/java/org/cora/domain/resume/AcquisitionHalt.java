package org.cora.domain.resume;

import java.time.Instant;
import java.util.List;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ProcedureAcquisitionHalted;
import org.cora.domain.procedure.ProcedureId;

/**
 * Records that a replay stopped before an acquisition, so the Procedure left Running is known to
 * wait for an operator and is not taken for one whose conductor was lost.
 */
public final class AcquisitionHalt {

    private AcquisitionHalt() {
    }

    /** One {@code ProcedureAcquisitionHalted} when the replay halted at an action; nothing otherwise. */
    public static List<ProcedureEvent> decide(ProcedureId id, ConductorResult result, Instant now) {
        if (!result.acquisitionHalt()) {
            return List.of();
        }
        return List.of(new ProcedureAcquisitionHalted(id, result.failure().stepIndex(), result.failure().target(), now));
    }
}
