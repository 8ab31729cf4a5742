package org.cora.domain.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.cora.domain.json.Json;

/**
 * Reads one stored event payload for an aggregate's codec. Every shape problem becomes the
 * aggregate's own malformed-event error, built by {@code malformed(reason, cause)}; optional keys
 * read a missing or null value as null.
 */
public record StoredPayload(Json.Obj payload, BiFunction<String, Throwable, DomainError> malformed) {

    public Json required(String key) {
        return payload.get(key).filter(v -> !(v instanceof Json.Null))
                .orElseThrow(() -> malformed.apply("missing '" + key + "'", null));
    }

    public boolean absent(String key) {
        return payload.get(key).map(v -> v instanceof Json.Null).orElse(true);
    }

    public String string(String key) {
        if (required(key) instanceof Json.Str s) {
            return s.value();
        }
        throw malformed.apply("'" + key + "' is not a string", null);
    }

    public String optionalString(String key) {
        return absent(key) ? null : string(key);
    }

    public UUID uuid(String key) {
        String raw = string(key);
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw malformed.apply("'" + key + "' is not a UUID: " + raw, e);
        }
    }

    public UUID optionalUuid(String key) {
        return absent(key) ? null : uuid(key);
    }

    public Instant instant(String key) {
        String raw = string(key);
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed.apply("'" + key + "' is not an ISO-8601 instant: " + raw, e);
        }
    }

    public Json.Obj object(String key) {
        if (required(key) instanceof Json.Obj o) {
            return o;
        }
        throw malformed.apply("'" + key + "' is not an object", null);
    }

    public Json.Arr array(String key) {
        if (required(key) instanceof Json.Arr a) {
            return a;
        }
        throw malformed.apply("'" + key + "' is not an array", null);
    }

    public List<String> strings(String key) {
        return array(key).items().stream().map(item -> {
            if (item instanceof Json.Str s) {
                return s.value();
            }
            throw malformed.apply("'" + key + "' holds a non-string", null);
        }).toList();
    }
}
