package org.cora.application.features.conductprocedure;

import java.util.List;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.Step;

/** Conduct a Procedure: resolve, pin, start, walk the steps, complete or abort. */
public record ConductProcedureCommand(ProcedureId procedureId, List<Step> steps) {

    public ConductProcedureCommand {
        steps = List.copyOf(steps);
    }
}
