package org.cora.application.eventsourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cora.application.port.Caller;
import org.cora.application.port.EventStore;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.json.Json;
import org.cora.domain.shared.AggregateEvent;
import org.cora.domain.shared.IdGenerator;

/**
 * Loads and appends the streams of one aggregate type on the shared event store: decode, fold,
 * and the envelope of every append (the same envelope as the Procedure's). Nothing is cached:
 * these streams are short and read rarely.
 */
public abstract class AggregateStreams<I, S, E extends AggregateEvent> {

    static final int SCHEMA_VERSION = 1;

    private final EventStore store;
    private final IdGenerator ids;
    private final String streamType;
    private final Function<I, UUID> streamId;
    private final BiFunction<String, Json.Obj, E> decode;
    private final Function<E, Json.Obj> encode;
    private final Function<List<E>, S> fold;

    protected AggregateStreams(EventStore store, IdGenerator ids, String streamType, Function<I, UUID> streamId,
                               BiFunction<String, Json.Obj, E> decode, Function<E, Json.Obj> encode,
                               Function<List<E>, S> fold) {
        this.store = store;
        this.ids = ids;
        this.streamType = streamType;
        this.streamId = streamId;
        this.decode = decode;
        this.encode = encode;
        this.fold = fold;
    }

    /** The stream as it is now; an absent stream has a null state and version 0. */
    public LoadedAggregate<I, S, E> load(I id) {
        List<StoredEvent> stored = store.loadAfter(streamType, streamId.apply(id), 0);
        List<E> events = new ArrayList<>(stored.size());
        for (StoredEvent event : stored) {
            events.add(decode.apply(event.eventType(), event.payload()));
        }
        long version = stored.isEmpty() ? 0 : stored.getLast().version();
        return new LoadedAggregate<>(id, fold.apply(events), version, events);
    }

    /**
     * Appends {@code decided} on top of the version {@code loaded} was read at, durably; a stream
     * that moved meanwhile raises {@link org.cora.domain.shared.ConcurrencyError}. An empty list
     * writes nothing.
     */
    public long append(LoadedAggregate<I, S, E> loaded, List<E> decided, Caller caller, String commandName) {
        List<NewEvent> envelopes = decided.stream().map(event -> envelope(event, caller, commandName)).toList();
        return store.append(streamType, streamId.apply(loaded.id()), loaded.version(), envelopes);
    }

    private NewEvent envelope(E event, Caller caller, String commandName) {
        Json.ObjBuilder metadata = Json.Obj.builder().put("command_name", commandName);
        if (caller.via() != null) {
            metadata.put("via", caller.via());
        }
        return new NewEvent(ids.newId(), event.eventType(), SCHEMA_VERSION, encode.apply(event), metadata.build(),
                caller.correlationId(), null, caller.principal(), event.occurredAt());
    }
}
