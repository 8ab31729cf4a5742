package org.cora.domain.recipe;

import java.util.List;
import org.cora.domain.recipe.RecipeEvent.RecipeDefined;
import org.cora.domain.recipe.RecipeEvent.RecipeDeprecated;
import org.cora.domain.recipe.RecipeEvent.RecipeVersioned;

/** Folds Recipe events into state. */
public final class RecipeEvolver {

    private RecipeEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Recipe fold(List<RecipeEvent> events) {
        Recipe state = null;
        for (RecipeEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Recipe evolve(Recipe state, RecipeEvent event) {
        if (event instanceof RecipeDefined d) {
            return new Recipe(d.recipeId(), d.name(), d.capabilityId(), d.steps(), RecipeStatus.Defined, null,
                    List.of(), null);
        }
        if (state == null) {
            throw new MalformedRecipeEventError(event.eventType(),
                    "it comes before RecipeDefined on stream " + event.recipeId(), null);
        }
        return switch (event) {
            case RecipeDefined d -> throw new IllegalStateException("handled above");
            case RecipeVersioned v -> state.versioned(v.version(), v.steps());
            case RecipeDeprecated d -> state.deprecated(d.replacedByRecipeId());
        };
    }
}
