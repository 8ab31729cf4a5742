package org.cora.tools.cli;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;

/**
 * Follows {@code GET /procedures/{id}/activities/stream} until its {@code end} event. A dropped
 * connection is resumed with {@code Last-Event-ID}, so no activity is skipped or shown twice; after
 * {@code attempts} reconnections in a row that bring no event, it gives up.
 */
final class ActivityStream {

    /** Told of each activity as it comes, and of each attempt to reconnect. */
    interface Listener {

        void activity(Json.Obj item);

        void reconnecting(int attempt, String why);
    }

    private final CoraClient client;
    private final String path;
    private final int attempts;
    private final Duration pause;
    private String lastEventId;
    private boolean heard;

    ActivityStream(CoraClient client, String procedureId, int attempts, Duration pause) {
        this.client = client;
        this.path = "/procedures/" + CoraClient.segment(procedureId) + "/activities/stream";
        this.attempts = attempts;
        this.pause = pause;
    }

    /**
     * Hands each activity to {@code listener} and returns the status the Procedure ended with. A
     * service that cannot be reached at the first attempt is not waited for.
     */
    String follow(Listener listener) {
        int failedInARow = 0;
        boolean connected = false;
        while (true) {
            String why;
            heard = false;
            try (Stream<String> lines = client.stream(path, lastEventId)) {
                connected = true;
                Optional<String> end = readUntilEnd(lines.iterator(), listener);
                if (end.isPresent()) {
                    return end.get();
                }
                why = "the stream ended before the Procedure left Running";
            } catch (ServiceUnreachable | UncheckedIOException dropped) {
                if (!connected) {
                    throw dropped;
                }
                why = dropped.getMessage();
            }
            failedInARow = heard ? 1 : failedInARow + 1;
            if (failedInARow > attempts) {
                throw new ServiceUnreachable(client.url(), "the event stream dropped and could not be resumed in "
                        + attempts + " attempts (" + why + ")");
            }
            listener.reconnecting(failedInARow, why);
            sleep();
        }
    }

    private Optional<String> readUntilEnd(Iterator<String> lines, Listener listener) {
        ServerSentEvents events = new ServerSentEvents();
        while (lines.hasNext()) {
            Optional<ServerSentEvents.Event> event = events.line(lines.next());
            if (event.isEmpty()) {
                continue;
            }
            heard = true;
            if (event.get().type().equals("end")) {
                return Optional.of(finalStatus(event.get().data()));
            }
            if (event.get().type().equals("activity")) {
                lastEventId = event.get().id() == null ? lastEventId : event.get().id();
                listener.activity(JsonParser.parse(event.get().data()) instanceof Json.Obj item ? item
                        : Json.Obj.builder().put("data", event.get().data()).build());
            }
        }
        return Optional.empty();
    }

    /** The {@code end} event's data: the status as text, as a JSON string, or in an object's {@code status}. */
    static String finalStatus(String data) {
        String text = data.strip();
        try {
            return switch (JsonParser.parse(text)) {
                case Json.Str status -> status.value();
                case Json.Obj object -> JsonFields.text(object, "status").orElse(text);
                default -> text;
            };
        } catch (MalformedJsonException plainText) {
            return text;
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachable(client.url(), "interrupted while reconnecting");
        }
    }
}
