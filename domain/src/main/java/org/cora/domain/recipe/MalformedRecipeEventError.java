package org.cora.domain.recipe;

import org.cora.domain.shared.MalformedEventError;

/** A stored Recipe event cannot be read; the stream is treated as corrupt. */
public final class MalformedRecipeEventError extends MalformedEventError {

    public MalformedRecipeEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedRecipeEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
