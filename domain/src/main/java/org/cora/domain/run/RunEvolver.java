package org.cora.domain.run;

import java.util.List;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunEvent.RunResumed;
import org.cora.domain.run.RunEvent.RunStarted;

/** Folds Run events into state. */
public final class RunEvolver {

    private RunEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Run fold(List<RunEvent> events) {
        Run state = null;
        for (RunEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Run evolve(Run state, RunEvent event) {
        if (event instanceof RunStarted s) {
            return new Run(s.runId(), s.planId(), RunStatus.Running, null);
        }
        if (state == null) {
            throw new MalformedRunEventError(event.eventType(), "it comes before RunStarted on stream " + event.runId());
        }
        return switch (event) {
            case RunStarted s -> throw new IllegalStateException("handled above");
            case RunHeld h -> state.withStatus(RunStatus.Held, h.reason());
            case RunResumed r -> state.withStatus(RunStatus.Running, null);
        };
    }
}
