package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** An Asset stream holds an event type this code does not know. */
public final class UnknownAssetEventTypeError extends DomainError {

    private final String eventType;

    public UnknownAssetEventTypeError(String eventType) {
        super("Unknown Asset event type '" + eventType + "': the stream cannot be folded");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
