package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** The Plan has no such wire to remove. */
public final class PlanWireNotFoundError extends DomainError {

    private final PlanId planId;
    private final Wire wire;

    public PlanWireNotFoundError(PlanId planId, Wire wire) {
        super("Plan " + planId + " has no wire " + wire);
        this.planId = planId;
        this.wire = wire;
    }

    public PlanId planId() {
        return planId;
    }

    public Wire wire() {
        return wire;
    }
}
