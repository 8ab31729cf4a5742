package org.cora.application.conduct;

import java.util.List;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.domain.resolution.PseudoAxisExpansion;
import org.cora.domain.resolution.ResolvedSteps;
import org.cora.domain.step.Step;

/** The resolution of a Procedure conducted with the caller's steps: pseudo-axis setpoints expanded, the rest unchanged. */
public final class CallerStepsResolution implements StepResolution {

    private final PseudoAxisResolvers resolvers;

    public CallerStepsResolution(PseudoAxisResolvers resolvers) {
        this.resolvers = resolvers;
    }

    @Override
    public ResolvedSteps resolve(LoadedProcedure procedure, List<Step> callerSteps) {
        return PseudoAxisExpansion.expand(callerSteps, resolvers.forProcedure(procedure.require()));
    }
}
