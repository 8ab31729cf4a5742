package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/**
 * A stored Procedure event cannot be read: an unknown event type or a payload without its
 * keys. The stream is treated as corrupt; nothing is decided on top of it.
 */
public final class MalformedProcedureEventError extends DomainError {

    private final String eventType;

    public MalformedProcedureEventError(String eventType, String reason) {
        super("Malformed " + eventType + ": " + reason);
        this.eventType = eventType;
    }

    public MalformedProcedureEventError(String eventType, String reason, Throwable cause) {
        super("Malformed " + eventType + ": " + reason, cause);
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
