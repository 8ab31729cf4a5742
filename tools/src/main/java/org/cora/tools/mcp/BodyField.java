package org.cora.tools.mcp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One field of a tool's {@code body} argument, as JSON Schema tells it to the client. */
public record BodyField(String name, Map<String, Object> schema, boolean mandatory) {

    public static BodyField text(String name, String description) {
        return of(name, description, Map.of("type", "string"));
    }

    public static BodyField uuid(String name, String description) {
        return of(name, description, Map.of("type", "string", "format", "uuid"));
    }

    public static BodyField uuids(String name, String description) {
        return of(name, description, Map.of("type", "array", "items", Map.of("type", "string", "format", "uuid")));
    }

    public static BodyField texts(String name, String description) {
        return of(name, description, Map.of("type", "array", "items", Map.of("type", "string")));
    }

    public static BodyField integer(String name, String description) {
        return of(name, description, Map.of("type", "integer", "minimum", 0));
    }

    public static BodyField bool(String name, String description) {
        return of(name, description, Map.of("type", "boolean"));
    }

    public static BodyField timestamp(String name, String description) {
        return of(name, description, Map.of("type", "string", "format", "date-time"));
    }

    public static BodyField object(String name, String description) {
        return of(name, description, Map.of("type", "object"));
    }

    public static BodyField objects(String name, String description) {
        return of(name, description, Map.of("type", "array", "items", Map.of("type", "object")));
    }

    /** An object, or null to clear what the field sets. */
    public static BodyField objectOrNull(String name, String description) {
        return of(name, description, Map.of("type", List.of("object", "null")));
    }

    /** Any JSON value. */
    public static BodyField anyValue(String name, String description) {
        return of(name, description, Map.of());
    }

    /** The same field, which the body must carry. */
    public BodyField required() {
        return new BodyField(name, schema, true);
    }

    private static BodyField of(String name, String description, Map<String, Object> type) {
        Map<String, Object> schema = new LinkedHashMap<>(type);
        schema.put("description", description);
        return new BodyField(name, Map.copyOf(schema), false);
    }
}
