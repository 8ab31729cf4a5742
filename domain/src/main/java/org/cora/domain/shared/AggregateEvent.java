package org.cora.domain.shared;

import java.time.Instant;

/** What every event of the equipment-side aggregates shares: its stored type name and its time. */
public interface AggregateEvent {

    Instant occurredAt();

    /** The record's simple name is the stored {@code event_type}. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
