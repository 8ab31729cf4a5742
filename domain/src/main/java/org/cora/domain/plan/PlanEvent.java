package org.cora.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.shared.AggregateEvent;

/** Everything that can happen to a Plan. The record name is the stored {@code event_type}. */
public sealed interface PlanEvent extends AggregateEvent {

    String STREAM_TYPE = "Plan";

    PlanId planId();

    /** Genesis. {@code assetIds} are kept distinct and sorted by their string form. */
    record PlanDefined(PlanId planId, List<UUID> assetIds, Instant occurredAt) implements PlanEvent {
        public PlanDefined {
            assetIds = assetIds.stream().distinct().sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
        }
    }

    record PlanWireAdded(PlanId planId, Wire wire, Instant occurredAt) implements PlanEvent {
    }

    record PlanWireRemoved(PlanId planId, Wire wire, Instant occurredAt) implements PlanEvent {
    }
}
