package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The recipe version a Procedure was pinned to does not exist. */
public final class RecipeVersionNotFoundError extends DomainError {

    public RecipeVersionNotFoundError(String recipeId, String tag) {
        super("Recipe " + recipeId + " has no version '" + tag + "'");
    }
}
