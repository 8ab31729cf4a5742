package org.cora.tools.cli;

import java.util.Optional;

/**
 * Reads the lines of a {@code text/event-stream} into events, by the WHATWG rules for the fields
 * this client needs ({@code event}, {@code id}, {@code data}); comments and {@code retry} are skipped.
 */
final class ServerSentEvents {

    /** @param id the last event id seen on the stream, carried over from earlier events as the standard says; may be null */
    record Event(String type, String id, String data) {
    }

    private String type;
    private StringBuilder data;
    private String lastEventId;

    /** Takes one line; the blank line that ends an event returns it. */
    Optional<Event> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        value = value.startsWith(" ") ? value.substring(1) : value;
        switch (field) {
            case "event" -> type = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            case "id" -> lastEventId = value.indexOf('\0') < 0 ? value : lastEventId;
            default -> { }
        }
        return Optional.empty();
    }

    /** An event with a type but no data is still dispatched: {@code end} must not be lost for want of one. */
    private Optional<Event> dispatch() {
        Optional<Event> event = data == null && type == null ? Optional.empty()
                : Optional.of(new Event(type == null || type.isEmpty() ? "message" : type, lastEventId,
                        data == null ? "" : data.toString()));
        type = null;
        data = null;
        return event;
    }
}
