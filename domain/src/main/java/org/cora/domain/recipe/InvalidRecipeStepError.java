package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A recipe step, in a request or a stored event, is not well formed; the message names the path and why. */
public final class InvalidRecipeStepError extends DomainError {

    public InvalidRecipeStepError(String message) {
        super(message);
    }
}
