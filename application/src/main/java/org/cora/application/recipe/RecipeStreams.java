package org.cora.application.recipe;

import java.util.List;
import org.cora.application.port.Caller;
import org.cora.application.port.EventStore;
import org.cora.application.port.LoadedStream;
import org.cora.application.port.NewEvent;
import org.cora.application.shared.EventEnvelopes;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeEventCodec;
import org.cora.domain.recipe.RecipeEvolver;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Recipe streams: decode and fold on read, the envelope of every append. */
public final class RecipeStreams {

    private final EventStore store;
    private final IdGenerator ids;

    public RecipeStreams(EventStore store, IdGenerator ids) {
        this.store = store;
        this.ids = ids;
    }

    public LoadedRecipe load(RecipeId id) {
        LoadedStream stream = store.load(RecipeEvent.STREAM_TYPE, id.value());
        List<RecipeEvent> events = stream.events().stream()
                .map(e -> RecipeEventCodec.fromStored(e.eventType(), e.payload())).toList();
        return new LoadedRecipe(id, RecipeEvolver.fold(events), stream.version(), events);
    }

    /**
     * Appends {@code decided} on top of the version {@code loaded} was read at, durably; a stream
     * that moved meanwhile raises {@link org.cora.domain.shared.ConcurrencyError}.
     */
    public long append(LoadedRecipe loaded, List<RecipeEvent> decided, Caller caller, String commandName) {
        List<NewEvent> envelopes = decided.stream().map(event -> EventEnvelopes.envelope(ids, event.eventType(),
                RecipeEventCodec.toPayload(event), event.occurredAt(), caller, commandName)).toList();
        return store.append(RecipeEvent.STREAM_TYPE, loaded.id().value(), loaded.version(), envelopes);
    }
}
