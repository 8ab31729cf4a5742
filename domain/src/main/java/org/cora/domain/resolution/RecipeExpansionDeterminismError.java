package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The expansion gave different results on two runs over the same input: a bug, never pinned. */
public final class RecipeExpansionDeterminismError extends DomainError {

    public RecipeExpansionDeterminismError(String recipeId) {
        super("Expanding recipe " + recipeId + " twice gave different steps; the expander is not deterministic");
    }
}
