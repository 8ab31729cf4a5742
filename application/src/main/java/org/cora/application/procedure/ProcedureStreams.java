package org.cora.application.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cora.application.port.Caller;
import org.cora.application.port.EventStore;
import org.cora.application.port.NewEvent;
import org.cora.application.port.StoredEvent;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.IdGenerator;

/**
 * Loads and appends Procedure streams: the read path (decode, fold) and the envelope of every
 * append. Events are immutable, so loaded streams are kept (the most recent {@value #CACHED}) and a
 * later load reads only the events appended since: a conduct journalling its thousandth step does
 * not decode its pinned list a thousand times.
 */
public final class ProcedureStreams {

    static final int SCHEMA_VERSION = 1;
    static final int CACHED = 256;

    private final EventStore store;
    private final IdGenerator ids;
    private final Map<ProcedureId, LoadedProcedure> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProcedureId, LoadedProcedure> eldest) {
            return size() > CACHED;
        }
    };

    public ProcedureStreams(EventStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    /**
     * The stream as it is now. The read includes the last event already known, and the cache is
     * trusted only when that event is still there: a kept read from a transaction that later
     * rolled back is thrown away, never folded.
     */
    public LoadedProcedure load(ProcedureId id) {
        LoadedProcedure known = cached(id);
        List<StoredEvent> tail = store.loadAfter(ProcedureEvent.STREAM_TYPE, id.value(), known.version() - 1);
        if (known.version() > 0 && (tail.isEmpty() || !tail.getFirst().eventId().equals(known.stored().getLast().eventId()))) {
            known = empty(id);
            tail = store.loadAfter(ProcedureEvent.STREAM_TYPE, id.value(), 0);
        } else if (known.version() > 0) {
            tail = tail.subList(1, tail.size());
        }
        if (tail.isEmpty()) {
            return known;
        }
        LoadedProcedure current = extend(known, tail);
        remember(current);
        return current;
    }

    /**
     * The stream read whole from the store, ignoring what this process kept: for decisions that
     * must rest on what is stored now (verifying a pin before replaying it).
     */
    public LoadedProcedure loadFromStore(ProcedureId id) {
        List<StoredEvent> all = store.loadAfter(ProcedureEvent.STREAM_TYPE, id.value(), 0);
        LoadedProcedure current = all.isEmpty() ? empty(id) : extend(empty(id), all);
        remember(current);
        return current;
    }

    /**
     * The stream as this process last saw it, without asking the store when it has seen it at all:
     * a guess for writers that verify it as they write (see
     * {@link org.cora.application.port.JournalStore#appendIfStreamAt}).
     */
    public LoadedProcedure loadKnown(ProcedureId id) {
        LoadedProcedure known = cached(id);
        return known.version() > 0 ? known : load(id);
    }

    /**
     * Appends {@code decided} on top of the version {@code loaded} was read at, durably; a stream
     * that moved meanwhile raises {@link org.cora.domain.shared.ConcurrencyError}.
     */
    public long append(LoadedProcedure loaded, List<ProcedureEvent> decided, Caller caller, String commandName) {
        List<NewEvent> envelopes = decided.stream().map(event -> envelope(event, caller, commandName)).toList();
        return store.append(ProcedureEvent.STREAM_TYPE, loaded.id().value(), loaded.version(), envelopes);
    }

    /** Inside a transaction: no one else appends to this Procedure's stream until it ends. */
    public void hold(ProcedureId id) {
        store.hold(ProcedureEvent.STREAM_TYPE, id.value());
    }

    private static LoadedProcedure extend(LoadedProcedure known, List<StoredEvent> tail) {
        List<ProcedureEvent> events = new ArrayList<>(known.events());
        List<StoredEvent> stored = new ArrayList<>(known.stored());
        for (StoredEvent event : tail) {
            events.add(ProcedureEventCodec.fromStored(event.eventType(), event.payload()));
            stored.add(event);
        }
        return new LoadedProcedure(known.id(), ProcedureEvolver.fold(events), tail.getLast().version(), events, stored);
    }

    private synchronized LoadedProcedure cached(ProcedureId id) {
        return loaded.getOrDefault(id, empty(id));
    }

    private static LoadedProcedure empty(ProcedureId id) {
        return new LoadedProcedure(id, null, 0, List.of(), List.of());
    }

    private synchronized void remember(LoadedProcedure current) {
        LoadedProcedure known = loaded.get(current.id());
        if (known == null || known.version() != current.version()) {
            loaded.put(current.id(), current);
        }
    }

    private NewEvent envelope(ProcedureEvent event, Caller caller, String commandName) {
        Json.ObjBuilder metadata = Json.Obj.builder().put("command_name", commandName);
        if (caller.via() != null) {
            metadata.put("via", caller.via());
        }
        return new NewEvent(ids.newId(), event.eventType(), SCHEMA_VERSION, ProcedureEventCodec.toPayload(event),
                metadata.build(), caller.correlationId(), null, caller.principal(), event.occurredAt());
    }
}
