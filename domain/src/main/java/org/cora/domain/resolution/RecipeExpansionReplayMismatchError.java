package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The recipe, or the pinned bindings, no longer reproduce what was pinned at registration. */
public final class RecipeExpansionReplayMismatchError extends DomainError {

    public RecipeExpansionReplayMismatchError(String field) {
        super("Replaying the recipe expansion does not reproduce the pinned " + field + " hash");
    }
}
