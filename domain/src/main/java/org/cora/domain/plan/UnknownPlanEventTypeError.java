package org.cora.domain.plan;

import org.cora.domain.shared.DomainError;

/** A Plan stream holds an event type this code does not know. */
public final class UnknownPlanEventTypeError extends DomainError {

    private final String eventType;

    public UnknownPlanEventTypeError(String eventType) {
        super("Unknown Plan event type '" + eventType + "': the stream cannot be folded");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
