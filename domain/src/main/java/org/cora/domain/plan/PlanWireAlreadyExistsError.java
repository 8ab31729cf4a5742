package org.cora.domain.plan;

/** The Plan already has this exact wire: adding is strict, not idempotent (rule 6). */
public final class PlanWireAlreadyExistsError extends PlanWireRefusal {

    public PlanWireAlreadyExistsError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, "the wire already exists");
    }
}
