package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A wire the validation rules of reference 3.5 refuse (409); each rule has its own named subclass. */
public abstract sealed class PlanWireRefusal extends DomainError
        permits PlanWireSelfLoopError, PlanWireAssetNotInPlanError, PlanWirePortNotFoundError, PlanWireDirectionError,
                PlanWireSignalTypeMismatchError, PlanWireFanInError, PlanWireAlreadyExistsError,
                PlanWirePseudoAxisOutputPortError, PlanWirePseudoAxisArityExceededError,
                PlanWirePseudoAxisSignalTypeError {

    private final PlanId planId;
    private final Wire wire;

    protected PlanWireRefusal(PlanId planId, Wire wire, String detail) {
        super("Plan " + planId + " refuses wire " + wire + ": " + detail);
        this.planId = planId;
        this.wire = wire;
    }

    public PlanId planId() {
        return planId;
    }

    public Wire wire() {
        return wire;
    }
}
