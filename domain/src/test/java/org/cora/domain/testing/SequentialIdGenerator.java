package org.cora.domain.testing;

import java.util.UUID;
import org.cora.domain.shared.IdGenerator;

/** Ids 00000000-0000-0000-0000-000000000001, ...002, in order: easy to read in a failing assertion. */
public final class SequentialIdGenerator implements IdGenerator {

    private long next = 1;

    @Override
    public synchronized UUID newId() {
        return nth(next++);
    }

    public static UUID nth(long n) {
        return new UUID(0L, n);
    }
}
