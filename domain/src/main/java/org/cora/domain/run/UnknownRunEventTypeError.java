package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** A Run stream holds an event type this code does not know. */
public final class UnknownRunEventTypeError extends DomainError {

    private final String eventType;

    public UnknownRunEventTypeError(String eventType) {
        super("Unknown Run event type '" + eventType + "': the stream cannot be folded");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
