package org.cora.domain.plan;

import java.util.List;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanEvent.PlanWireRemoved;

/** Folds Plan events into state. */
public final class PlanEvolver {

    private PlanEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Plan fold(List<PlanEvent> events) {
        Plan state = null;
        for (PlanEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Plan evolve(Plan state, PlanEvent event) {
        if (event instanceof PlanDefined d) {
            return new Plan(d.planId(), d.assetIds(), List.of());
        }
        if (state == null) {
            throw new MalformedPlanEventError(event.eventType(), "it comes before PlanDefined on stream " + event.planId());
        }
        return switch (event) {
            case PlanDefined d -> throw new IllegalStateException("handled above");
            case PlanWireAdded a -> state.plus(a.wire());
            case PlanWireRemoved r -> state.minus(r.wire());
        };
    }
}
