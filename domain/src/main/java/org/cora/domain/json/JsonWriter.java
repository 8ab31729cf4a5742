package org.cora.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@link Json} as text: insertion order, or canonical (sorted keys) for hashing. */
final class JsonWriter {

    private JsonWriter() {
    }

    static String write(Json value, boolean canonical) {
        StringBuilder out = new StringBuilder();
        write(value, canonical, out);
        return out.toString();
    }

    private static void write(Json value, boolean canonical, StringBuilder out) {
        switch (value) {
            case Json.Null n -> out.append("null");
            case Json.Bool b -> out.append(b.value());
            case Json.Num n -> out.append(number(n.value(), canonical));
            case Json.Str s -> string(s.value(), out);
            case Json.Arr a -> {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(a.items().get(i), canonical, out);
                }
                out.append(']');
            }
            case Json.Obj o -> object(o, canonical, out);
        }
    }

    private static void object(Json.Obj o, boolean canonical, StringBuilder out) {
        List<Map.Entry<String, Json>> entries = new ArrayList<>(o.fields().entrySet());
        if (canonical) {
            entries.sort(Map.Entry.comparingByKey(JsonWriter::compareCodePoints));
        }
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(entries.get(i).getKey(), out);
            out.append(':');
            write(entries.get(i).getValue(), canonical, out);
        }
        out.append('}');
    }

    /** Canonical numbers: equal values print alike ({@code 1}, {@code 1.0} and {@code 1e0} all print {@code 1}). */
    private static String number(BigDecimal value, boolean canonical) {
        if (!canonical) {
            return value.toString();
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() <= 0 && (long) stripped.precision() - stripped.scale() <= 30
                ? stripped.toBigInteger().toString()
                : stripped.toString();
    }

    /** By Unicode code point, as the canonical form promises (UTF-16 order differs above U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
