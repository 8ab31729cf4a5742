package org.cora.domain.plan;

/** A wire runs from an Output port to an Input port (rule 4). */
public final class PlanWireDirectionError extends PlanWireRefusal {

    public PlanWireDirectionError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, detail);
    }
}
