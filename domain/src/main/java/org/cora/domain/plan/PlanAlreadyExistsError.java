package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A Plan with this id is already defined. */
public final class PlanAlreadyExistsError extends DomainError {

    private final PlanId planId;

    public PlanAlreadyExistsError(PlanId planId) {
        super("Plan " + planId + " already exists");
        this.planId = planId;
    }

    public PlanId planId() {
        return planId;
    }
}
