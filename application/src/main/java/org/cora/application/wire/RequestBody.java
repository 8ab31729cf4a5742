package org.cora.application.wire;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;

/**
 * A request body read strictly: JSON that must be an object, typed accessors that name the
 * offending field, and unknown fields refused. Every refusal happens before a handler runs. The
 * HTTP routes read it from the request's text, the MCP tools from a call's {@code body} argument.
 */
public final class RequestBody {

    private final Json.Obj fields;

    private RequestBody(Json.Obj fields) {
        this.fields = fields;
    }

    /** Reads {@code text}; an absent or blank body reads as {@code {}}. Refuses fields outside {@code allowed}. */
    public static RequestBody read(String text, Set<String> allowed) {
        return checked(parseObject(text), allowed);
    }

    /** Reads an already parsed {@code value}: null reads as {@code {}}, anything but an object is refused. */
    public static RequestBody of(Json value, Set<String> allowed) {
        if (value == null || value instanceof Json.Null) {
            return checked(Json.Obj.EMPTY, allowed);
        }
        if (value instanceof Json.Obj object) {
            return checked(object, allowed);
        }
        throw new InvalidRequestError("request body must be a JSON object");
    }

    private static RequestBody checked(Json.Obj fields, Set<String> allowed) {
        RequestBody body = new RequestBody(fields);
        for (String key : body.fields.fields().keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidRequestError("unknown field '" + key + "' (allowed: " + new TreeSet<>(allowed) + ")");
            }
        }
        return body;
    }

    private static Json.Obj parseObject(String text) {
        if (text == null || text.isBlank()) {
            return Json.Obj.EMPTY;
        }
        Json json;
        try {
            json = JsonParser.parse(text);
        } catch (MalformedJsonException e) {
            throw new MalformedRequestError("request body is not JSON: " + e.getMessage());
        }
        if (json instanceof Json.Obj object) {
            return object;
        }
        throw new InvalidRequestError("request body must be a JSON object");
    }

    /** The body as read, for hashing what was asked. */
    public Json.Obj asJson() {
        return fields;
    }

    public Optional<Json> get(String key) {
        return fields.get(key).filter(v -> !(v instanceof Json.Null));
    }

    /** Whether {@code key} is present at all, {@code null} included. */
    public boolean has(String key) {
        return fields.has(key);
    }

    public Json.Obj requiredObject(String key) {
        return optionalObject(key).orElseThrow(() -> new InvalidRequestError(key + " is required"));
    }

    public Optional<Json.Obj> optionalObject(String key) {
        return get(key).map(v -> {
            if (v instanceof Json.Obj object) {
                return object;
            }
            throw new InvalidRequestError(key + " must be a JSON object");
        });
    }

    public List<String> requiredStringList(String key) {
        if (!(get(key).orElseThrow(() -> new InvalidRequestError(key + " is required")) instanceof Json.Arr array)) {
            throw new InvalidRequestError(key + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            if (!(array.items().get(i) instanceof Json.Str s)) {
                throw new InvalidRequestError(key + "[" + i + "] must be a string");
            }
            out.add(s.value());
        }
        return out;
    }

    public String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> new InvalidRequestError(key + " is required"));
    }

    public Optional<String> optionalString(String key) {
        return get(key).map(v -> {
            if (v instanceof Json.Str s) {
                return s.value();
            }
            throw new InvalidRequestError(key + " must be a string");
        });
    }

    public Optional<Long> optionalInteger(String key) {
        return get(key).map(v -> {
            if (v instanceof Json.Num n && n.value().stripTrailingZeros().scale() <= 0) {
                try {
                    return n.value().longValueExact();
                } catch (ArithmeticException e) {
                    throw new InvalidRequestError(key + " is out of range");
                }
            }
            throw new InvalidRequestError(key + " must be an integer");
        });
    }

    public boolean optionalBoolean(String key, boolean otherwise) {
        return get(key).map(v -> {
            if (v instanceof Json.Bool b) {
                return b.value();
            }
            throw new InvalidRequestError(key + " must be a boolean");
        }).orElse(otherwise);
    }

    public Optional<UUID> optionalUuid(String key) {
        return optionalString(key).map(raw -> uuid(raw, key));
    }

    public List<UUID> uuidList(String key) {
        Json value = get(key).orElse(new Json.Arr(List.of()));
        if (!(value instanceof Json.Arr array)) {
            throw new InvalidRequestError(key + " must be an array of UUID strings");
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            if (!(array.items().get(i) instanceof Json.Str s)) {
                throw new InvalidRequestError(key + "[" + i + "] must be a UUID string");
            }
            ids.add(uuid(s.value(), key + "[" + i + "]"));
        }
        return ids;
    }

    public Optional<Instant> optionalInstant(String key) {
        return optionalString(key).map(raw -> instant(raw, key));
    }

    public static Instant instant(String raw, String key) {
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestError(key + " must be an ISO-8601 timestamp with an offset, got '" + raw + "'");
        }
    }

    public static UUID uuid(String raw, String key) {
        try {
            UUID id = UUID.fromString(raw);
            if (!id.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException(raw);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestError(key + " must be a UUID, got '" + raw + "'");
        }
    }

    /** An id taken from the request path. */
    public static UUID pathId(String raw, String name) {
        try {
            return uuid(raw, name);
        } catch (InvalidRequestError e) {
            throw new MalformedRequestError(e.getMessage());
        }
    }
}
