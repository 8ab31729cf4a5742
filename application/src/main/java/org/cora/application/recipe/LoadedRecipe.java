package org.cora.application.recipe;

import java.util.List;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.recipe.RecipeNotFoundError;

/** A Recipe stream as read: the folded state (null when absent), its version and its events. */
public record LoadedRecipe(RecipeId id, Recipe state, long version, List<RecipeEvent> events) {

    public LoadedRecipe {
        events = List.copyOf(events);
    }

    /** The state, or {@link RecipeNotFoundError} for an absent Recipe. */
    public Recipe require() {
        if (state == null) {
            throw new RecipeNotFoundError(id);
        }
        return state;
    }
}
