package org.cora.domain.plan;

/** Both port names exist on their Assets: add ports before wiring (rule 3). */
public final class PlanWirePortNotFoundError extends PlanWireRefusal {

    public PlanWirePortNotFoundError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, "port " + detail + " does not exist");
    }
}
