package org.cora.domain.plan;

/** A target port has at most one incoming wire (rule 6). */
public final class PlanWireFanInError extends PlanWireRefusal {

    public PlanWireFanInError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, "target port " + detail + " already has an incoming wire");
    }
}
