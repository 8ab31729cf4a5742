package org.cora.domain.plan;

import org.cora.domain.shared.MalformedEventError;

/** A stored Plan event cannot be read; the stream is treated as corrupt. */
public final class MalformedPlanEventError extends MalformedEventError {

    public MalformedPlanEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedPlanEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
