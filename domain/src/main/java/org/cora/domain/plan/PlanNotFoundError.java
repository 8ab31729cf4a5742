package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** No Plan has this id. */
public final class PlanNotFoundError extends DomainError {

    private final PlanId planId;

    public PlanNotFoundError(PlanId planId) {
        super("Plan " + planId + " not found");
        this.planId = planId;
    }

    public PlanId planId() {
        return planId;
    }
}
