package org.cora.domain.procedure;

import org.cora.domain.shared.MalformedEventError;

/**
 * A stored Procedure event cannot be read: an unknown event type or a payload without its
 * keys. The stream is treated as corrupt; nothing is decided on top of it.
 */
public final class MalformedProcedureEventError extends MalformedEventError {

    public MalformedProcedureEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedProcedureEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
