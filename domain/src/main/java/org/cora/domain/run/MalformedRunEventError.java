package org.cora.domain.run;

import org.cora.domain.shared.MalformedEventError;

/** A stored Run event cannot be read; the stream is treated as corrupt. */
public final class MalformedRunEventError extends MalformedEventError {

    public MalformedRunEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedRunEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
