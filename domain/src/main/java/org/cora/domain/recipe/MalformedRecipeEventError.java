package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A stored Recipe event cannot be read: the stream is treated as corrupt; nothing is decided on top of it. */
public final class MalformedRecipeEventError extends DomainError {

    public MalformedRecipeEventError(String eventType, String reason, Throwable cause) {
        super("Malformed " + eventType + ": " + reason, cause);
    }
}
