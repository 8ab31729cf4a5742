package org.cora.application.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cora.domain.asset.PortSpec;
import org.cora.domain.json.Json;

/** Ports as requests carry them: {@code {"name", "direction", "signal_type"}}, strings only, nothing else. */
public final class PortRequests {

    public static final Set<String> FIELDS = Set.of("name", "direction", "signal_type");

    private PortRequests() {
    }

    /** One port from the top-level fields of {@code body}. */
    public static PortSpec of(RequestBody body) {
        return new PortSpec(body.optionalString("name").orElse(null), body.optionalString("direction").orElse(null),
                body.optionalString("signal_type").orElse(null));
    }

    /** The ports listed under {@code key} (absent means none). */
    public static List<PortSpec> list(RequestBody body, String key) {
        Json value = body.get(key).orElse(new Json.Arr(List.of()));
        if (!(value instanceof Json.Arr array)) {
            throw new InvalidRequestError(key + " must be an array of ports");
        }
        List<PortSpec> ports = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            String where = key + "[" + i + "]";
            if (!(array.items().get(i) instanceof Json.Obj port)) {
                throw new InvalidRequestError(where + " must be an object {name, direction, signal_type}");
            }
            for (String field : port.fields().keySet()) {
                if (!FIELDS.contains(field)) {
                    throw new InvalidRequestError(where + ": unknown field '" + field + "'");
                }
            }
            ports.add(new PortSpec(text(port, "name", where), text(port, "direction", where),
                    text(port, "signal_type", where)));
        }
        return ports;
    }

    private static String text(Json.Obj port, String key, String where) {
        Json value = port.get(key).orElse(Json.NULL);
        if (value instanceof Json.Null) {
            return null;
        }
        if (value instanceof Json.Str s) {
            return s.value();
        }
        throw new InvalidRequestError(where + "." + key + " must be a string");
    }
}
