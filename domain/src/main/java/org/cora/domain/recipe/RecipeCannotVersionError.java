package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** The Recipe is deprecated, or already carries this version tag: versioning is not idempotent. */
public final class RecipeCannotVersionError extends DomainError {

    public RecipeCannotVersionError(String message) {
        super(message);
    }
}
