package org.cora.domain.asset;

import org.cora.domain.shared.DomainError;

/** A stored Asset event cannot be read; the stream is treated as corrupt. */
public final class MalformedAssetEventError extends DomainError {

    private final String eventType;
    private final String reason;

    public MalformedAssetEventError(String eventType, String reason) {
        super("Malformed " + eventType + ": " + reason);
        this.eventType = eventType;
        this.reason = reason;
    }

    public MalformedAssetEventError(String eventType, String reason, Throwable cause) {
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
