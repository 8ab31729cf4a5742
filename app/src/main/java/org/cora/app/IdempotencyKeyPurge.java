package org.cora.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cora.application.idempotency.IdempotentCreates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired idempotency keys at start-up and then every {@code interval}, on a thread of its
 * own. Expiry itself does not wait for it: a key past its retention is ignored (and replaced) by
 * the next create that reuses it; the purge only keeps the table from growing.
 */
final class IdempotencyKeyPurge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final ScheduledExecutorService scheduler;

    private IdempotencyKeyPurge(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static IdempotencyKeyPurge start(IdempotentCreates creates, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("cora-idempotency-key-purge").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> purgeOnce(creates), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Idempotency keys are kept {} and purged every {}", creates.retention(), interval);
        return new IdempotencyKeyPurge(scheduler);
    }

    private static void purgeOnce(IdempotentCreates creates) {
        try {
            int purged = creates.purgeExpired();
            if (purged > 0) {
                LOG.debug("purged {} expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            // A failed purge (database restarting, say) must not stop the next one.
            LOG.error("the idempotency key purge failed; it runs again at the next interval", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
