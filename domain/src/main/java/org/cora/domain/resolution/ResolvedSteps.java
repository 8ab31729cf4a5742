package org.cora.domain.resolution;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.step.Step;

/**
 * The final step list of a conduct, and for every setpoint that came from a pseudo-axis the
 * derivation an auditor needs: which pseudo-axis, what was commanded, by which rule and
 * calibration revision.
 */
public record ResolvedSteps(List<Step> steps, List<Json.Obj> derivations) {

    public ResolvedSteps {
        steps = List.copyOf(steps);
        derivations = List.copyOf(derivations);
    }

    public static ResolvedSteps of(List<Step> steps) {
        return new ResolvedSteps(steps, List.of());
    }
}
