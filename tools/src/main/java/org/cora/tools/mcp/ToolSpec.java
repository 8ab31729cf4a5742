package org.cora.tools.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tool's description and arguments: the ids its route takes from the path, as top-level string
 * arguments, and the fields of its request body under {@code body} (absent when the route reads none).
 */
public record ToolSpec(String description, List<String> ids, List<BodyField> body) {

    public static ToolSpec describedAs(String description) {
        return new ToolSpec(description, List.of(), null);
    }

    /** A required UUID argument such as {@code procedure_id}: what the route reads from its path. */
    public ToolSpec id(String name) {
        List<String> more = new ArrayList<>(ids);
        more.add(name);
        return new ToolSpec(description, List.copyOf(more), body);
    }

    /** The {@code body} argument: the route's request body with exactly these fields. */
    public ToolSpec body(BodyField... fields) {
        return new ToolSpec(description, ids, List.of(fields));
    }

    public boolean hasBody() {
        return body != null;
    }

    public Set<String> bodyFields() {
        return hasBody() ? body.stream().map(BodyField::name).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** The arguments as a JSON Schema object: unknown arguments and unknown body fields are refused. */
    public Map<String, Object> inputSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String id : ids) {
            properties.put(id, Map.of("type", "string", "format", "uuid"));
        }
        List<String> required = new ArrayList<>(ids);
        if (hasBody()) {
            properties.put("body", bodySchema());
            if (body.stream().anyMatch(BodyField::mandatory)) {
                required.add("body");
            }
        }
        return object(properties, required);
    }

    private Map<String, Object> bodySchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        body.forEach(f -> properties.put(f.name(), f.schema()));
        return object(properties, body.stream().filter(BodyField::mandatory).map(BodyField::name).toList());
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }
}
