package org.cora.application.conduct;

import java.util.List;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.domain.step.Step;

/** The resolution of a Procedure without recipe or pseudo-axes: the caller's steps, unchanged. */
public final class CallerStepsResolution implements StepResolution {

    @Override
    public List<Step> resolve(LoadedProcedure procedure, List<Step> callerSteps) {
        return List.copyOf(callerSteps);
    }
}
