package org.cora.application.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cora.application.port.DuplicateEventIdError;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.shared.ConcurrencyError;

/** An event store in memory, for handler and Conductor tests. Same contract as the PostgreSQL one. */
public final class InMemoryEventStore implements EventStore {

    private final Map<String, List<StoredEvent>> streams = new LinkedHashMap<>();
    private final Set<UUID> eventIds = new HashSet<>();
    private long position;

    @Override
    public synchronized LoadedStream load(String streamType, UUID streamId) {
        List<StoredEvent> events = streams.getOrDefault(key(streamType, streamId), List.of());
        return new LoadedStream(events, events.size());
    }

    @Override
    public synchronized long append(String streamType, UUID streamId, long expectedVersion, List<NewEvent> events) {
        long actual = streams.getOrDefault(key(streamType, streamId), List.of()).size();
        if (actual != expectedVersion) {
            throw new ConcurrencyError(streamType, streamId, expectedVersion, actual);
        }
        for (NewEvent e : events) {
            if (eventIds.contains(e.eventId()) || events.stream().filter(o -> o.eventId().equals(e.eventId())).count() > 1) {
                throw new DuplicateEventIdError(e.eventId());
            }
        }
        List<StoredEvent> stream = streams.computeIfAbsent(key(streamType, streamId), k -> new ArrayList<>());
        for (NewEvent e : events) {
            eventIds.add(e.eventId());
            stream.add(new StoredEvent(++position, e.eventId(), streamType, streamId, stream.size() + 1L,
                    e.eventType(), e.schemaVersion(), e.payload(), e.metadata(), e.correlationId(), e.causationId(),
                    e.principal(), e.occurredAt(), Instant.EPOCH.plusSeconds(position)));
        }
        return expectedVersion + events.size();
    }

    @Override
    public synchronized List<StoredEvent> loadAfter(String streamType, UUID streamId, long afterVersion) {
        return load(streamType, streamId).events().stream().filter(e -> e.version() > afterVersion).toList();
    }

    /** Every call here is already serialized by this store's monitor; there is nothing more to hold. */
    @Override
    public void hold(String streamType, UUID streamId) {
    }

    private static String key(String streamType, UUID streamId) {
        return streamType + ":" + streamId;
    }
}
