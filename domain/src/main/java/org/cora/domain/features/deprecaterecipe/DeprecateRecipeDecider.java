package org.cora.domain.features.deprecaterecipe;

import java.time.Instant;
import java.util.List;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeCannotDeprecateError;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeEvent.RecipeDeprecated;
import org.cora.domain.recipe.RecipeNotFoundError;

/**
 * Invariants, in order: the Recipe exists; it is not already deprecated (deprecating twice is
 * refused, not ignored); it is not its own replacement. Allowed from Defined and Versioned.
 */
public final class DeprecateRecipeDecider {

    private DeprecateRecipeDecider() {
    }

    public static List<RecipeEvent> decide(Recipe state, DeprecateRecipeCommand command, Instant now) {
        if (state == null) {
            throw new RecipeNotFoundError(command.recipeId());
        }
        if (state.isDeprecated()) {
            throw new RecipeCannotDeprecateError("Recipe " + state.id() + " is already deprecated");
        }
        if (state.id().value().equals(command.replacedByRecipeId())) {
            throw new RecipeCannotDeprecateError("Recipe " + state.id() + " cannot replace itself");
        }
        return List.of(new RecipeDeprecated(state.id(), command.replacedByRecipeId(), now));
    }
}
