package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** The name is empty, blank or longer than 200 characters after trimming. */
public final class InvalidRecipeNameError extends DomainError {

    public InvalidRecipeNameError(String message) {
        super(message);
    }
}
