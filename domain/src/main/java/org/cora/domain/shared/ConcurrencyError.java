package org.cora.domain.shared;

import java.util.UUID;

/** Someone appended to the stream since it was read; nothing of this append was written. */
public final class ConcurrencyError extends DomainError {

    /** The stream's version could not be read (the conflict aborted the enclosing transaction). */
    public static final long UNKNOWN_VERSION = -1;

    private final String streamType;
    private final UUID streamId;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyError(String streamType, UUID streamId, long expectedVersion, long actualVersion) {
        super(streamType + " " + streamId + " is at " + (actualVersion == UNKNOWN_VERSION ? "another version"
                : "version " + actualVersion) + ", not the expected " + expectedVersion + "; reload and retry");
        this.streamType = streamType;
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String streamType() {
        return streamType;
    }

    public UUID streamId() {
        return streamId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
