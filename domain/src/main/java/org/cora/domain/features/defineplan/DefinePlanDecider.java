package org.cora.domain.features.defineplan;

import java.time.Instant;
import java.util.List;
import org.cora.domain.plan.InvalidPlanAssetsError;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanAlreadyExistsError;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanId;

/**
 * Invariants, in order: at least one Asset (duplicates collapse: the ids are a set); the stream of
 * {@code newId} is empty. Emits {@code PlanDefined}. Whether the Assets exist is checked when they are wired.
 */
public final class DefinePlanDecider {

    private DefinePlanDecider() {
    }

    public static List<PlanEvent> decide(Plan state, DefinePlanCommand command, PlanId newId, Instant now) {
        if (command.assetIds().isEmpty()) {
            throw new InvalidPlanAssetsError("asset_ids must name at least one Asset");
        }
        if (state != null) {
            throw new PlanAlreadyExistsError(newId);
        }
        return List.of(new PlanDefined(newId, command.assetIds(), now));
    }
}
