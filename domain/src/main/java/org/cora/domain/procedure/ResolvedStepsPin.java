package org.cora.domain.procedure;

import java.time.Instant;
import java.util.List;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/**
 * The pin of a conduct: the fully resolved step list, recorded before the first step runs so a
 * resume can replay exactly what was conducted instead of re-deriving it.
 */
public final class ResolvedStepsPin {

    private ResolvedStepsPin() {
    }

    /**
     * One {@code ResolvedStepsRecorded} when the Procedure is Defined; nothing otherwise, so that
     * conducting a Running or finished Procedure surfaces as the start's lifecycle refusal.
     */
    public static List<ProcedureEvent> decide(Procedure state, List<Step> resolvedSteps, Instant now) {
        if (state == null || !ProcedureTransitions.PINNABLE_IN.contains(state.status())) {
            return List.of();
        }
        return List.of(new ResolvedStepsRecorded(state.id(), StepWireCodec.toPayloads(resolvedSteps),
                resolvedSteps.size(), now));
    }
}
