package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A stored Plan event cannot be read; the stream is treated as corrupt. */
public final class MalformedPlanEventError extends DomainError {

    private final String eventType;
    private final String reason;

    public MalformedPlanEventError(String eventType, String reason) {
        super("Malformed " + eventType + ": " + reason);
        this.eventType = eventType;
        this.reason = reason;
    }

    public MalformedPlanEventError(String eventType, String reason, Throwable cause) {
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
