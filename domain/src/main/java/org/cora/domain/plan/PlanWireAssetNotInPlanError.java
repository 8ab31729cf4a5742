package org.cora.domain.plan;

/** Both ends of a wire are Assets bound by the Plan (rule 2). */
public final class PlanWireAssetNotInPlanError extends PlanWireRefusal {

    public PlanWireAssetNotInPlanError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, "asset " + detail + " is not bound by the plan");
    }
}
