package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A Recipe with this id is already defined. */
public final class RecipeAlreadyExistsError extends DomainError {

    public RecipeAlreadyExistsError(RecipeId recipeId) {
        super("Recipe " + recipeId + " already exists");
    }
}
