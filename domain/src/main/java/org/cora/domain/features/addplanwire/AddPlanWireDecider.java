package org.cora.domain.features.addplanwire;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.plan.PlanWires;
import org.cora.domain.plan.Wire;

/**
 * Invariants, in order: the Plan exists; the wire is well formed; then every rule of
 * {@link PlanWires#requireAddable} (reference 3.5) against the two Assets the handler loaded (null
 * when absent). Strict: an existing wire is refused. Emits {@code PlanWireAdded}.
 */
public final class AddPlanWireDecider {

    private AddPlanWireDecider() {
    }

    public static List<PlanEvent> decide(Plan state, AddPlanWireCommand command, Asset source, Asset target,
                                         Instant now) {
        if (state == null) {
            throw new PlanNotFoundError(command.planId());
        }
        Wire wire = Wire.of(command.sourceAssetId(), command.sourcePortName(), command.targetAssetId(),
                command.targetPortName());
        PlanWires.requireAddable(state, wire, source, target);
        return List.of(new PlanWireAdded(state.id(), wire, now));
    }
}
