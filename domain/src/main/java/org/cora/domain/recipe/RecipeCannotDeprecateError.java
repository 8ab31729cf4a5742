package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** The Recipe is already deprecated, or would replace itself. */
public final class RecipeCannotDeprecateError extends DomainError {

    public RecipeCannotDeprecateError(String message) {
        super(message);
    }
}
