package org.cora.domain.plan;

/** Both ports carry the same signal type, compared exactly (rule 5). */
public final class PlanWireSignalTypeMismatchError extends PlanWireRefusal {

    public PlanWireSignalTypeMismatchError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, detail);
    }
}
