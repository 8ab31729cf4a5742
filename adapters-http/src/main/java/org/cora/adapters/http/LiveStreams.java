package org.cora.adapters.http;

import org.cora.application.wire.MalformedRequestError;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import org.cora.application.live.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves live feeds as Server-Sent Events, one pumping thread per open stream: read what committed,
 * send it, then sleep until a commit signal or the poll interval, whichever comes first. A comment
 * line goes out after {@code heartbeat} of silence, so proxies keep the connection and a vanished
 * client is noticed. The stream ends when the feed ends (after an {@code end} event), when the
 * client goes away, or when the service stops (before the web server waits for open requests).
 */
public final class LiveStreams implements SmartLifecycle {

    public static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

    private final Duration pollInterval;
    private final Duration heartbeat;
    private final ThreadFactory threads = Thread.ofPlatform().name("cora-live-stream-", 1).daemon().factory();
    private final Set<LivePump<?>> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    public LiveStreams(Duration pollInterval, Duration heartbeat) {
        this.pollInterval = pollInterval;
        this.heartbeat = heartbeat;
    }

    /** Streams {@code feed}, each item as {@code event} formats it, until the feed ends or the client leaves. */
    public <T> SseEmitter open(LiveFeed<T> feed, Function<T, SseEmitter.SseEventBuilder> event) {
        SseEmitter emitter = new SseEmitter(0L); // no timeout: the stream lasts as long as what it follows
        LivePump<T> pump = new LivePump<>(feed, event, emitter, pollInterval, heartbeat);
        open.add(pump);
        emitter.onCompletion(() -> {
            open.remove(pump);
            pump.stop();
        });
        emitter.onError(failure -> pump.stop());
        threads.newThread(pump).start();
        return emitter;
    }

    /** The {@value #LAST_EVENT_ID} header as a non-negative number, if the client sent one. */
    public static OptionalLong lastEventId(HttpServletRequest request) {
        String raw = request.getHeader(LAST_EVENT_ID);
        if (raw == null || raw.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id >= 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new MalformedRequestError(LAST_EVENT_ID + " must be an id this stream sent (a whole number >= 0), got '"
                + raw + "'");
    }

    /** How many streams are open now. */
    public int openStreams() {
        return open.size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream, so the web server's graceful shutdown does not wait on them. */
    @Override
    public void stop() {
        running = false;
        for (LivePump<?> pump : open) {
            pump.endStream();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, before the web server starts waiting for open requests to finish. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    static void quietly(SseEmitter emitter) {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyOver) {
            LOG.debug("a live stream was already over", alreadyOver);
        }
    }
}
