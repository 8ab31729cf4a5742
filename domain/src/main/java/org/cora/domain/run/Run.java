package org.cora.domain.run;

import java.util.Objects;
import org.cora.domain.plan.PlanId;

/** The folded state of one Run: the Plan it executes and its status. */
public record Run(RunId id, PlanId planId, RunStatus status, String heldReason) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(status, "status");
    }

    public boolean isHeld() {
        return status == RunStatus.Held;
    }

    Run withStatus(RunStatus next, String reason) {
        return new Run(id, planId, next, reason);
    }
}
