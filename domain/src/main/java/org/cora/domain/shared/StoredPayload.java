package org.cora.domain.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;

/**
 * One stored event payload read by an aggregate's codec: every shape problem becomes the
 * aggregate's own malformed-event error, built by {@code malformed}. Optional keys read leniently
 * (missing or null means null); required keys are a hard error.
 */
public record StoredPayload(String eventType, Json.Obj payload, Malformed malformed) {

    /** Builds the aggregate's malformed-event error from the event type, the reason and the cause (maybe null). */
    @FunctionalInterface
    public interface Malformed {
        DomainError of(String eventType, String reason, Throwable cause);
    }

    private DomainError error(String reason, Throwable cause) {
        return malformed.of(eventType, reason, cause);
    }

    public Json required(String key) {
        return payload.get(key).filter(v -> !(v instanceof Json.Null))
                .orElseThrow(() -> error("missing '" + key + "'", null));
    }

    public boolean absent(String key) {
        return payload.get(key).map(v -> v instanceof Json.Null).orElse(true);
    }

    public String string(String key) {
        if (required(key) instanceof Json.Str s) {
            return s.value();
        }
        throw error("'" + key + "' is not a string", null);
    }

    public String optionalString(String key) {
        return absent(key) ? null : string(key);
    }

    public UUID uuid(String key) {
        return uuidOf(key, string(key));
    }

    public UUID optionalUuid(String key) {
        return absent(key) ? null : uuid(key);
    }

    public Instant instant(String key) {
        String raw = string(key);
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw error("'" + key + "' is not an ISO-8601 instant: " + raw, e);
        }
    }

    public Json.Obj object(String key) {
        if (required(key) instanceof Json.Obj o) {
            return o;
        }
        throw error("'" + key + "' is not an object", null);
    }

    public Json.Obj optionalObject(String key) {
        return absent(key) ? null : object(key);
    }

    public Json.Arr array(String key) {
        if (required(key) instanceof Json.Arr a) {
            return a;
        }
        throw error("'" + key + "' is not an array", null);
    }

    public List<UUID> uuids(String key) {
        return array(key).items().stream().map(item -> {
            if (item instanceof Json.Str s) {
                return uuidOf(key, s.value());
            }
            throw error("'" + key + "' holds a non-string", null);
        }).toList();
    }

    /** The value of {@code key} as a constant of {@code type}, by its exact name. */
    public <T extends Enum<T>> T enumValue(String key, Class<T> type) {
        String raw = string(key);
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            throw error("unknown " + key + " '" + raw + "'", e);
        }
    }

    /** A nested object read with the same error. */
    public StoredPayload nested(Json item, String where) {
        if (item instanceof Json.Obj o) {
            return new StoredPayload(eventType, o, malformed);
        }
        throw error("'" + where + "' holds a non-object", null);
    }

    private UUID uuidOf(String key, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw error("'" + key + "' is not a UUID: " + raw, e);
        }
    }

    public List<String> strings(String key) {
        return array(key).items().stream().map(item -> {
            if (item instanceof Json.Str s) {
                return s.value();
            }
            throw error("'" + key + "' holds a non-string", null);
        }).toList();
    }
}
