package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** A recipe expanded to more steps than one Procedure may hold. */
public final class RecipeExpansionOverflowError extends DomainError {

    public RecipeExpansionOverflowError(int stepCount, int max) {
        super("The recipe expands to " + stepCount + " steps; at most " + max + " are allowed");
    }
}
