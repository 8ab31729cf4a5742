package org.cora.application.port;

import java.util.function.Supplier;

/** Runs work atomically: everything it appends commits together, durably, or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
