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

    /** The events after {@code afterVersion}, in version order: what a reader holding that version missed. */
    List<StoredEvent> loadAfter(String streamType, UUID streamId, long afterVersion);

    /** Appends; an empty list writes nothing and returns {@code expectedVersion}. Returns the new version. */
    long append(String streamType, UUID streamId, long expectedVersion, List<NewEvent> events);

    /**
     * Inside a transaction: keeps every other append to the stream waiting until this transaction
     * ends, so that what is read and written in it after this call stays consistent with the stream.
     */
    void hold(String streamType, UUID streamId);
}
