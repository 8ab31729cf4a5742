package org.cora.domain.plan;

/** A wire may not connect a port to itself (rule 1). */
public final class PlanWireSelfLoopError extends PlanWireRefusal {

    public PlanWireSelfLoopError(PlanId planId, Wire wire, String detail) {
        super(planId, wire, "a wire cannot loop from a port back to itself");
    }
}
