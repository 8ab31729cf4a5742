package org.cora.tools.cli;

import java.util.Map;
import org.cora.domain.json.Json;

/** Indented JSON for a person at a terminal. */
final class PrettyJson {

    private PrettyJson() {
    }

    static String write(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    private static void write(Json value, String indent, StringBuilder out) {
        switch (value) {
            case Json.Obj o when !o.fields().isEmpty() -> {
                out.append("{\n");
                int i = 0;
                for (Map.Entry<String, Json> field : o.fields().entrySet()) {
                    out.append(indent).append("  ").append(Json.str(field.getKey()).toJsonText()).append(": ");
                    write(field.getValue(), indent + "  ", out);
                    out.append(++i < o.fields().size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            case Json.Arr a when !a.items().isEmpty() -> {
                out.append("[\n");
                for (int i = 0; i < a.items().size(); i++) {
                    out.append(indent).append("  ");
                    write(a.items().get(i), indent + "  ", out);
                    out.append(i + 1 < a.items().size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            }
            default -> out.append(value.toJsonText());
        }
    }
}
