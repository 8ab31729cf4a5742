package org.cora.adapters.postgres;

import java.util.function.Supplier;
import org.cora.application.port.Transactions;
import org.jooq.DSLContext;

/**
 * Transactions on the jOOQ context's thread-bound connection: every store used inside the work
 * joins it. Each transaction commits with {@code synchronous_commit=on}, whatever the server
 * default, so an acknowledged append survives a crash.
 */
public final class PostgresTransactions implements Transactions {

    private final DSLContext dsl;

    public PostgresTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inDurableTransaction(dsl, work);
    }

    /** Runs {@code work} in a (possibly nested) transaction that will commit durably. */
    static <T> T inDurableTransaction(DSLContext dsl, Supplier<T> work) {
        return dsl.transactionResult(() -> {
            dsl.execute("SET LOCAL synchronous_commit TO on");
            return work.get();
        });
    }
}
