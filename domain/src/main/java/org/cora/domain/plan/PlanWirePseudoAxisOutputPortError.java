package org.cora.domain.plan;

/** A pseudo-axis declares exactly one Output port before it is wired (rule 7). */
public final class PlanWirePseudoAxisOutputPortError extends PlanWireRefusal {

    public PlanWirePseudoAxisOutputPortError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, detail);
    }
}
