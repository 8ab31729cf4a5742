package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A new Recipe cannot be defined on a deprecated Capability. */
public final class RecipeCapabilityDeprecatedError extends DomainError {

    public RecipeCapabilityDeprecatedError(String message) {
        super(message);
    }
}
