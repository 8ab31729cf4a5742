package org.cora.application.plan;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEventCodec;
import org.cora.domain.plan.PlanEvolver;
import org.cora.domain.plan.PlanId;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Plan streams (stream type {@value PlanEvent#STREAM_TYPE}). */
public final class PlanStreams extends AggregateStreams<PlanId, Plan, PlanEvent> {

    public PlanStreams(EventStore store, IdGenerator ids) {
        super(store, ids, PlanEvent.STREAM_TYPE, PlanId::value, PlanEventCodec::fromStored, PlanEventCodec::toPayload,
                PlanEvolver::fold);
    }

    /** The Plan as it is now, or {@link PlanNotFoundError}. */
    public Plan require(PlanId id) {
        Plan state = load(id).state();
        if (state == null) {
            throw new PlanNotFoundError(id);
        }
        return state;
    }
}
