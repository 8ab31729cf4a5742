package org.cora.application.port;

import org.cora.application.testing.IdempotencyKeysContract;
import org.cora.application.testing.ImmediateTransactions;
import org.cora.application.testing.InMemoryIdempotencyKeys;

class InMemoryIdempotencyKeysHonourTheirContractTest extends IdempotencyKeysContract {

    private final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    private final Transactions transactions = new ImmediateTransactions();

    @Override
    protected IdempotencyKeys keys() {
        return keys;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
