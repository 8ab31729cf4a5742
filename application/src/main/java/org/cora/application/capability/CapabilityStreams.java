package org.cora.application.capability;

import java.util.List;
import org.cora.application.port.Caller;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.application.shared.EventEnvelopes;
import org.cora.domain.capability.CapabilityEvent;
import org.cora.domain.capability.CapabilityEventCodec;
import org.cora.domain.capability.CapabilityEvolver;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Capability streams: decode and fold on read, the envelope of every append. */
public final class CapabilityStreams {

    private final EventStore store;
    private final IdGenerator ids;

    public CapabilityStreams(EventStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    public LoadedCapability load(CapabilityId id) {
        LoadedStream stream = store.load(CapabilityEvent.STREAM_TYPE, id.value());
        List<CapabilityEvent> events = stream.events().stream()
                .map(e -> CapabilityEventCodec.fromStored(e.eventType(), e.payload())).toList();
        return new LoadedCapability(id, CapabilityEvolver.fold(events), stream.version(), events);
    }

    /**
     * Appends {@code decided} on top of the version {@code loaded} was read at, durably; a stream
     * that moved meanwhile raises {@link org.cora.domain.shared.ConcurrencyError}.
     */
    public long append(LoadedCapability loaded, List<CapabilityEvent> decided, Caller caller, String commandName) {
        List<NewEvent> envelopes = decided.stream().map(event -> EventEnvelopes.envelope(ids, event.eventType(),
                CapabilityEventCodec.toPayload(event), event.occurredAt(), caller, commandName)).toList();
        return store.append(CapabilityEvent.STREAM_TYPE, loaded.id().value(), loaded.version(), envelopes);
    }
}
