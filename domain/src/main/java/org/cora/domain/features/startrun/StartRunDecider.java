package org.cora.domain.features.startrun;

import java.time.Instant;
import java.util.List;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunAlreadyExistsError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.run.RunId;

/** Invariants, in order: the Plan exists ({@code plan} non-null); the stream of {@code newId} is empty. Emits {@code RunStarted}. */
public final class StartRunDecider {

    private StartRunDecider() {
    }

    public static List<RunEvent> decide(Run state, StartRunCommand command, Plan plan, RunId newId, Instant now) {
        if (plan == null) {
            throw new PlanNotFoundError(command.planId());
        }
        if (state != null) {
            throw new RunAlreadyExistsError(newId);
        }
        return List.of(new RunStarted(newId, plan.id(), now));
    }
}
