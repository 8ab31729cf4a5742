package org.cora.domain.plan;

/** A pseudo-axis takes no more incoming wires than its partition rule's arity (rule 7). */
public final class PlanWirePseudoAxisArityExceededError extends PlanWireRefusal {

    public PlanWirePseudoAxisArityExceededError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, detail);
    }
}
