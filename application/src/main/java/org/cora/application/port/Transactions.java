package org.cora.application.port;

import java.util.function.Supplier;

/** Database sessions and transactions, as the application needs them. */
public interface Transactions {

    /** Runs work atomically: everything it appends commits together, durably, or not at all. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work on one database session bound to the calling thread: every transaction inside it
     * uses that session (each still commits on its own), and what is tied to the session lasts
     * until the work ends. A long walk of many small commits keeps its connection this way.
     */
    <T> T inSession(Supplier<T> work);
}
