package org.cora.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cora.application.conduct.LostConductorSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the lost-conductor sweep at start-up and then every {@code interval}, on a thread of its own. */
final class LostConductorWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LostConductorWatch.class);

    private final ScheduledExecutorService scheduler;

    private LostConductorWatch(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    static LostConductorWatch start(LostConductorSweep sweep, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("cora-lost-conductor-watch").daemon().factory());
        scheduler.scheduleWithFixedDelay(() -> sweepOnce(sweep), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching for lost conductors every {}", interval);
        return new LostConductorWatch(scheduler);
    }

    private static void sweepOnce(LostConductorSweep sweep) {
        try {
            sweep.sweep();
        } catch (RuntimeException e) {
            // A failed sweep (database restarting, say) must not stop the next one.
            LOG.error("the lost-conductor sweep failed; it runs again at the next interval", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
    }
}
