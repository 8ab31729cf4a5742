package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** No Recipe has this id. */
public final class RecipeNotFoundError extends DomainError {

    private final RecipeId recipeId;

    public RecipeNotFoundError(RecipeId recipeId) {
        super("Recipe " + recipeId + " not found");
        this.recipeId = recipeId;
    }

    public RecipeId recipeId() {
        return recipeId;
    }
}
