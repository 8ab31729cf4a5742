package org.cora.application.features.conductorholdprocedure;

import java.util.List;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.Step;

/** Conduct a Procedure, holding it on a failed setpoint or check rather than aborting. */
public record ConductOrHoldProcedureCommand(ProcedureId procedureId, List<Step> steps) {

    public ConductOrHoldProcedureCommand {
        steps = List.copyOf(steps);
    }
}
