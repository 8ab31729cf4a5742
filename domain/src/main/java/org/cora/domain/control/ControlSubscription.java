package org.cora.domain.control;

import java.time.Duration;
import java.util.Optional;

/**
 * A live stream of readings of one address, from {@link ControlPort#subscribe(String)}.
 *
 * <p>The first reading is the address's current value; every later one is a change. The stream
 * connects lazily, on the first {@link #next(Duration)}. A disconnect ends it: that {@code next}
 * and every later one throws {@link ControlNotConnectedError}; it never goes quiet. A consumer
 * that falls behind may see intermediate changes coalesced, never reordered. Closing releases the
 * subscription on the control system; after it, {@code next} returns empty at once. Safe to close
 * from any thread, also while another thread waits in {@code next}.
 */
public interface ControlSubscription extends AutoCloseable {

    /**
     * The next reading, waiting up to {@code timeout}; empty when none arrived in time or the
     * subscription is closed.
     */
    Optional<Measurement> next(Duration timeout) throws ControlException;

    /** Idempotent. */
    @Override
    void close();
}
