package org.cora.adapters.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.cora.application.live.LiveBatch;
import org.cora.application.live.LiveFeed;
import org.cora.application.port.CommitSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pumps one feed into one SSE response. It registers for commit signals before its first read, and
 * a signal rings a bell that stays rung until the pump next waits, so a commit landing between a read
 * and the wait that follows is never slept through; the poll interval covers a lost signal.
 */
final class LivePump<T> implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(LivePump.class);

    private final LiveFeed<T> feed;
    private final Function<T, SseEmitter.SseEventBuilder> event;
    private final SseEmitter emitter;
    private final long pollNanos;
    private final long heartbeatNanos;
    private final Semaphore bell = new Semaphore(0);
    private volatile boolean stopped;

    LivePump(LiveFeed<T> feed, Function<T, SseEmitter.SseEventBuilder> event, SseEmitter emitter,
             Duration pollInterval, Duration heartbeat) {
        this.feed = feed;
        this.event = event;
        this.emitter = emitter;
        this.pollNanos = pollInterval.toNanos();
        this.heartbeatNanos = heartbeat.toNanos();
    }

    @Override
    public void run() {
        try (CommitSignals.Registration watch = feed.watch(this::ring)) {
            pump();
        } catch (IOException | IllegalStateException clientGone) {
            LOG.debug("a live stream's client went away", clientGone);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LiveStreams.quietly(emitter);
        } catch (RuntimeException e) {
            LOG.warn("a live stream failed; the client may reconnect with Last-Event-ID", e);
            emitter.completeWithError(e);
        }
    }

    /** Asks the pump to stop at its next wake-up (the client went away, or the service stops). */
    void stop() {
        stopped = true;
        ring();
    }

    /** Completes the response now and stops the pump. */
    void endStream() {
        stop();
        LiveStreams.quietly(emitter);
    }

    private void pump() throws IOException, InterruptedException {
        long lastSent = System.nanoTime();
        while (!stopped) {
            LiveBatch<T> batch = feed.next();
            for (T item : batch.items()) {
                emitter.send(event.apply(item));
                lastSent = System.nanoTime();
            }
            if (batch.end().isPresent()) {
                emitter.send(SseEmitter.event().name("end").data(batch.end().get()));
                emitter.complete();
                return;
            }
            if (!batch.more()) {
                lastSent = waitForMore(lastSent);
            }
        }
    }

    /** Sleeps until a commit signal, the poll interval or the heartbeat; returns when something was last sent. */
    private long waitForMore(long lastSent) throws IOException, InterruptedException {
        long untilHeartbeat = heartbeatNanos - (System.nanoTime() - lastSent);
        if (untilHeartbeat <= 0) {
            emitter.send(SseEmitter.event().comment("heartbeat"));
            return System.nanoTime();
        }
        if (bell.tryAcquire(Math.min(pollNanos, untilHeartbeat), TimeUnit.NANOSECONDS)) {
            bell.drainPermits();
        }
        return lastSent;
    }

    private void ring() {
        if (bell.availablePermits() == 0) {
            bell.release();
        }
    }
}
