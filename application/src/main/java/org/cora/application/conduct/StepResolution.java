package org.cora.application.conduct;

import java.util.List;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.domain.resolution.ResolvedSteps;
import org.cora.domain.step.Step;

/**
 * Turns what a conduct was asked to do into the final step list that gets pinned: recipe replay
 * and pseudo-axis expansion happen here. It may refuse with a domain error; it never has effects.
 */
@FunctionalInterface
public interface StepResolution {

    ResolvedSteps resolve(LoadedProcedure procedure, List<Step> callerSteps);
}
