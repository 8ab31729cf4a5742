package org.cora.application.procedure;

import java.util.List;
import org.cora.application.port.Caller;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEventCodec;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Procedure streams: the read path (decode, fold) and the envelope of every append. */
public final class ProcedureStreams {

    static final int SCHEMA_VERSION = 1;

    private final EventStore store;
    private final IdGenerator ids;

    public ProcedureStreams(EventStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    public LoadedProcedure load(ProcedureId id) {
        LoadedStream stream = store.load(ProcedureEvent.STREAM_TYPE, id.value());
        List<ProcedureEvent> events = stream.events().stream()
                .map(e -> ProcedureEventCodec.fromStored(e.eventType(), e.payload()))
                .toList();
        return new LoadedProcedure(id, ProcedureEvolver.fold(events), stream.version(), events, stream.events());
    }

    /**
     * Appends {@code decided} on top of the version {@code loaded} was read at, durably; a stream
     * that moved meanwhile raises {@link org.cora.domain.shared.ConcurrencyError}.
     */
    public long append(LoadedProcedure loaded, List<ProcedureEvent> decided, Caller caller, String commandName) {
        List<NewEvent> envelopes = decided.stream().map(event -> envelope(event, caller, commandName)).toList();
        return store.append(ProcedureEvent.STREAM_TYPE, loaded.id().value(), loaded.version(), envelopes);
    }

    /** Keeps the stream at the version {@code loaded} was read at until the enclosing transaction ends. */
    public void holdVersion(LoadedProcedure loaded) {
        store.holdVersion(ProcedureEvent.STREAM_TYPE, loaded.id().value(), loaded.version());
    }

    private NewEvent envelope(ProcedureEvent event, Caller caller, String commandName) {
        return new NewEvent(ids.newId(), event.eventType(), SCHEMA_VERSION, ProcedureEventCodec.toPayload(event),
                Json.Obj.builder().put("command_name", commandName).build(),
                caller.correlationId(), null, caller.principal(), event.occurredAt());
    }
}
