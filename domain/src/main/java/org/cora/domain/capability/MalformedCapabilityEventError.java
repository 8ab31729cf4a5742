package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** A stored Capability event cannot be read: the stream is treated as corrupt; nothing is decided on top of it. */
public final class MalformedCapabilityEventError extends DomainError {

    public MalformedCapabilityEventError(String eventType, String reason, Throwable cause) {
        super("Malformed " + eventType + ": " + reason, cause);
    }
}
