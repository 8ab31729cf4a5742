package org.cora.application.port;

import java.util.List;
import java.util.UUID;

/**
 * The append-only store of every aggregate's events.
 *
 * <p>{@link #append} writes all the events or none, numbered {@code expectedVersion + 1, + 2, ...},
 * and commits durably (synchronous commit on a server with fsync on) before it returns. When the
 * stream is not at {@code expectedVersion} it raises {@link org.cora.domain.shared.ConcurrencyError}
 * and writes nothing; a reused event id raises {@link DuplicateEventIdError}. Inside an enclosing
 * {@link Transactions#inTransaction} the commit is the enclosing one's.
 */
public interface EventStore {

    LoadedStream load(String streamType, UUID streamId);

    /** Appends; an empty list writes nothing and returns {@code expectedVersion}. Returns the new version. */
    long append(String streamType, UUID streamId, long expectedVersion, List<NewEvent> events);

    /**
     * Inside a transaction: raises {@link org.cora.domain.shared.ConcurrencyError} unless the stream
     * is at {@code expectedVersion}, and keeps appends to it waiting until the transaction ends, so
     * that rows written beside the stream are consistent with the state they were decided on.
     */
    void holdVersion(String streamType, UUID streamId, long expectedVersion);
}
