package org.cora.domain.features.removeplanwire;

import java.time.Instant;
import java.util.List;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanWireRemoved;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.plan.PlanWireNotFoundError;
import org.cora.domain.plan.Wire;

/**
 * Invariants, in order: the Plan exists; the wire is well formed; the Plan has it (strict:
 * removing it twice is refused, 404). Emits {@code PlanWireRemoved}.
 */
public final class RemovePlanWireDecider {

    private RemovePlanWireDecider() {
    }

    public static List<PlanEvent> decide(Plan state, RemovePlanWireCommand command, Instant now) {
        if (state == null) {
            throw new PlanNotFoundError(command.planId());
        }
        Wire wire = Wire.of(command.sourceAssetId(), command.sourcePortName(), command.targetAssetId(),
                command.targetPortName());
        if (!state.wires().contains(wire)) {
            throw new PlanWireNotFoundError(state.id(), wire);
        }
        return List.of(new PlanWireRemoved(state.id(), wire, now));
    }
}
