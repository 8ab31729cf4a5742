package org.cora.application.eventsourcing;

import java.util.List;

/** An aggregate's stream as read: the folded state (null when absent), its version and its events. */
public record LoadedAggregate<I, S, E>(I id, S state, long version, List<E> events) {

    public LoadedAggregate {
        events = List.copyOf(events);
    }
}
