package org.cora.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/**
 * A Server-Sent Events client for tests: reads the response line by line as it arrives
 * ({@code BodyHandlers.ofLines()}), on a thread of its own, and hands out complete events; comment
 * lines (heartbeats) are counted. Closing it drops the connection, as a client that goes away does.
 */
final class SseStream implements AutoCloseable {

    /** One event as the client assembles it; {@code id} is null when the event carried none. */
    record Event(String id, String name, String data) {

        Json json() {
            return JsonParser.parse(data);
        }
    }

    private static final Event END_OF_STREAM = new Event(null, "<end of stream>", "");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final AtomicInteger comments = new AtomicInteger();

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread.ofPlatform().daemon().name("test-sse-reader").start(this::read);
    }

    static SseStream open(int port, String path, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole body, for a response that is not a stream (a problem). */
    String body() {
        StringBuilder text = new StringBuilder();
        Event event;
        while ((event = next(Duration.ofSeconds(10))) != END_OF_STREAM && event != null) {
            text.append(event.data());
        }
        return text.toString();
    }

    int comments() {
        return comments.get();
    }

    /** The next event, null when none came within {@code timeout}; after the last, an end-of-stream marker. */
    Event next(Duration timeout) {
        try {
            return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every event up to the server's end of the response, failing when it does not end within {@code deadline}. */
    List<Event> untilClosed(Duration deadline) {
        List<Event> read = new ArrayList<>();
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (event == null) {
                throw new AssertionError("the stream was still open after " + deadline + "; read so far: " + read);
            }
            if (event == END_OF_STREAM) {
                return read;
            }
            read.add(event);
        }
    }

    /** The next {@code count} events named {@code name} (others are skipped), failing after {@code deadline}. */
    List<Event> next(int count, String name, Duration deadline) {
        List<Event> read = new ArrayList<>();
        long end = System.nanoTime() + deadline.toNanos();
        while (read.size() < count) {
            Event event = next(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (event == null || event == END_OF_STREAM) {
                throw new AssertionError("only " + read + " of " + count + " '" + name + "' events within " + deadline);
            }
            if (event.name().equals(name)) {
                read.add(event);
            }
        }
        return read;
    }

    static boolean isEndOfStream(Event event) {
        return event == END_OF_STREAM;
    }

    @Override
    public void close() {
        response.body().close();
    }

    private void read() {
        String id = null;
        String name = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = "message";
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.incrementAndGet();
                } else if (response.statusCode() != 200) {
                    events.add(new Event(null, "body", line));
                } else {
                    String field = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
                    String value = line.contains(":") ? line.substring(line.indexOf(':') + 1) : "";
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (RuntimeException closedByTheTest) {
            // close() cancels the body; what was read is what the test looks at
        } finally {
            events.add(END_OF_STREAM);
        }
    }
}
