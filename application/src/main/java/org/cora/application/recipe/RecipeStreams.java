package org.cora.application.recipe;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeEventCodec;
import org.cora.domain.recipe.RecipeEvolver;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Recipe streams (stream type {@value RecipeEvent#STREAM_TYPE}). */
public final class RecipeStreams extends AggregateStreams<RecipeId, Recipe, RecipeEvent> {

    public RecipeStreams(EventStore store, IdGenerator ids) {
        super(store, ids, RecipeEvent.STREAM_TYPE, RecipeId::value, RecipeEventCodec::fromStored, RecipeEventCodec::toPayload,
                RecipeEvolver::fold);
    }

    /** The Recipe as it is now, or {@link RecipeNotFoundError}. */
    public Recipe require(RecipeId id) {
        Recipe state = load(id).state();
        if (state == null) {
            throw new RecipeNotFoundError(id);
        }
        return state;
    }
}
