package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A Recipe stream holds an event type this code does not know: a corrupt or newer stream. */
public final class UnknownRecipeEventTypeError extends DomainError {

    public UnknownRecipeEventTypeError(String eventType) {
        super("Unknown Recipe event type '" + eventType + "': the stream cannot be folded");
    }
}
