package org.cora.adapters.hardware.epics.ca;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The port's one event thread: connection changes and stream failures run here, in the order CAJ
 * reported them, off CAJ's own threads (which must neither block nor call back into CAJ).
 */
final class CaEvents implements AutoCloseable {

    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("epics-ca-events").factory());

    /** Queues {@code work}; dropped once closed, when nothing is left to tell. */
    void dispatch(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException closed) {
            // The port is closed: its streams have ended and its waiters were released.
        }
    }

    /** Runs what is queued, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
