package org.cora.domain.plan;

/** All the source ports wired into a pseudo-axis share one signal type (rule 7). */
public final class PlanWirePseudoAxisSignalTypeError extends PlanWireRefusal {

    public PlanWirePseudoAxisSignalTypeError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, detail);
    }
}
