package org.cora.adapters.postgres;

import java.util.function.Supplier;
import org.cora.application.port.Transactions;
import org.jooq.DSLContext;

/**
 * Transactions on the jOOQ context's thread-bound connection: every store used inside the work
 * joins it. The context's connections commit with {@code synchronous_commit=on} (see
 * {@link JooqContexts#threadBound}), whatever the server default, so an acknowledged append
 * survives a crash.
 */
public final class PostgresTransactions implements Transactions {

    /** Whether this thread is inside a transaction begun here; jOOQ's thread-bound provider keeps the connection. */
    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private final DSLContext dsl;

    public PostgresTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inDurableTransaction(dsl, work);
    }

    @Override
    public <T> T inSession(Supplier<T> work) {
        return JooqContexts.connections(dsl).pinned(work);
    }

    /** Whether the calling thread is inside a transaction begun here. */
    static boolean isActive() {
        return DEPTH.get() > 0;
    }

    /**
     * Runs {@code work} in a transaction that will commit durably. Inside another one it simply
     * joins it: no savepoint (two more round trips per call), the outer commit decides for both.
     */
    static <T> T inDurableTransaction(DSLContext dsl, Supplier<T> work) {
        if (DEPTH.get() > 0) {
            return work.get();
        }
        DEPTH.set(1);
        try {
            return dsl.transactionResult(work::get);
        } finally {
            DEPTH.remove();
        }
    }
}
