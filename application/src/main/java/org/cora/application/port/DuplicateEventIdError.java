package org.cora.application.port;

import java.util.UUID;
import org.cora.domain.shared.DomainError;

/** An event id was used twice: a producer bug, never a concurrency conflict. Nothing was written. */
public final class DuplicateEventIdError extends DomainError {

    private final UUID eventId;

    public DuplicateEventIdError(UUID eventId) {
        super("Event id " + eventId + " is already stored");
        this.eventId = eventId;
    }

    public UUID eventId() {
        return eventId;
    }
}
