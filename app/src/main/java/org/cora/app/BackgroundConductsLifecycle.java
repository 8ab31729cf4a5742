package org.cora.app;

import java.time.Duration;
import org.cora.application.conduct.BackgroundConducts;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the background conducts first of all, while the database and the web server are still
 * there: walks hold at their next step boundary (synchronous ones too, whose callers the web server
 * then answers), and the workers get {@code grace} to get there and record their outcome.
 */
final class BackgroundConductsLifecycle implements SmartLifecycle {

    private final BackgroundConducts background;
    private final Duration grace;
    private volatile boolean running;

    BackgroundConductsLifecycle(BackgroundConducts background, Duration grace) {
        this.background = background;
        this.grace = grace;
    }

    /** At start-up, and when a stopped context is started again (the test framework pauses idle contexts). */
    @Override
    public void start() {
        background.restart();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        background.stop(grace);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
