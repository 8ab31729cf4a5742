package org.cora.domain.asset;

import org.cora.domain.shared.MalformedEventError;

/** A stored Asset event cannot be read; the stream is treated as corrupt. */
public final class MalformedAssetEventError extends MalformedEventError {

    public MalformedAssetEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedAssetEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
