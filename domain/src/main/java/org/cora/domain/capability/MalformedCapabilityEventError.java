package org.cora.domain.capability;

import org.cora.domain.shared.MalformedEventError;

/** A stored Capability event cannot be read; the stream is treated as corrupt. */
public final class MalformedCapabilityEventError extends MalformedEventError {

    public MalformedCapabilityEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedCapabilityEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
