package org.cora.application.testing;

import java.util.function.Supplier;
import org.cora.application.port.Transactions;

/** Runs work directly: the in-memory stores have nothing to roll back in the tests that use them. */
public final class ImmediateTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T inSession(Supplier<T> work) {
        return work.get();
    }
}
