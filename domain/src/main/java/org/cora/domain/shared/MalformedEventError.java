package org.cora.domain.shared;

/**
 * A stored event cannot be read: the stream is treated as corrupt and nothing is decided on top
 * of it. Each aggregate names its own subclass, so {@code error_class} says which stream it was.
 */
public abstract class MalformedEventError extends DomainError {

    private final String eventType;
    private final String reason;

    protected MalformedEventError(String eventType, String reason, Throwable cause) {
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
