package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** A Procedure stream holds an event type this code does not know: a corrupt or newer stream. */
public final class UnknownProcedureEventTypeError extends DomainError {

    private final String eventType;

    public UnknownProcedureEventTypeError(String eventType) {
        super("Unknown Procedure event type '" + eventType + "': the stream cannot be folded");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
