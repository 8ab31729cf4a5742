package org.cora.domain.capability;

import org.cora.domain.shared.DomainError;

/** A Capability stream holds an event type this code does not know: a corrupt or newer stream. */
public final class UnknownCapabilityEventTypeError extends DomainError {

    public UnknownCapabilityEventTypeError(String eventType) {
        super("Unknown Capability event type '" + eventType + "': the stream cannot be folded");
    }
}
