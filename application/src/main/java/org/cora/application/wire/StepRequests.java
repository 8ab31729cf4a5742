package org.cora.application.wire;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;

/** The {@code steps} of a conduct request: setpoint, action and check only, at most {@value #STEP_BATCH_MAX}. */
public final class StepRequests {

    /** The most steps one request may carry. */
    public static final int STEP_BATCH_MAX = 500;

    private StepRequests() {
    }

    public static List<Step> read(RequestBody body) {
        Json steps = body.get("steps").orElse(new Json.Arr(List.of()));
        if (steps instanceof Json.Arr array && array.items().size() > STEP_BATCH_MAX) {
            throw new InvalidRequestError("steps holds " + array.items().size() + " steps; at most "
                    + STEP_BATCH_MAX + " per request");
        }
        return StepWireCodec.fromRequest(steps, "steps");
    }
}
