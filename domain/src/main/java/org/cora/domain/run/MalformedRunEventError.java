package org.cora.domain.run;

import org.cora.domain.shared.DomainError;

/** A stored Run event cannot be read; the stream is treated as corrupt. */
public final class MalformedRunEventError extends DomainError {

    private final String eventType;
    private final String reason;

    public MalformedRunEventError(String eventType, String reason) {
        super("Malformed " + eventType + ": " + reason);
        this.eventType = eventType;
        this.reason = reason;
    }

    public MalformedRunEventError(String eventType, String reason, Throwable cause) {
        super("Malformed " + eventType + ": " + reason, cause);
        this.eventType = eventType;
        this.reason = reason;
    }

    public String eventType() {
        return eventType;
    }

    public String reason() {
        return reason;
    }
}
