package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** The version tag is empty, blank or longer than 50 characters after trimming. */
public final class InvalidRecipeVersionError extends DomainError {

    public InvalidRecipeVersionError(String message) {
        super(message);
    }
}
