package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The expander changed since the Procedure was registered; replaying could differ. */
public final class RecipeExpanderVersionMismatchError extends DomainError {

    public RecipeExpanderVersionMismatchError(String pinned, String wired) {
        super("The expansion was pinned with expander " + pinned + " but this service expands with " + wired);
    }
}
