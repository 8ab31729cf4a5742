package org.cora.application.port;

import java.util.List;

/** A stream's events in version order and its current version (0 for a stream that does not exist). */
public record LoadedStream(List<StoredEvent> events, long version) {

    public LoadedStream {
        events = List.copyOf(events);
    }
}
