package org.cora.domain.testing;

import java.util.Random;

/**
 * Runs a property over many seeded random cases. The seed is fresh each run unless
 * {@code -Dcora.seed=<seed>} replays one; a failure names the seed and the case.
 */
public final class Seeded {

    @FunctionalInterface
    public interface Property {
        void check(Random random, int caseNumber) throws Exception;
    }

    private Seeded() {
    }

    public static void forAll(String property, int cases, Property body) {
        long seed = Long.getLong("cora.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            try {
                body.check(random, i);
            } catch (Throwable failure) {
                throw new AssertionError(property + " failed at case " + i + " with seed " + seed
                        + " (replay with -Dcora.seed=" + seed + "): " + failure.getMessage(), failure);
            }
        }
    }
}
