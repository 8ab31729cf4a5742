package org.cora.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value as the domain sees it: step values, readings, event payloads and journal rows.
 *
 * <p>Equality is deliberate and differs from plain Java: numbers compare by numeric value
 * ({@code 1} equals {@code 1.0}), a boolean is never a number, a numeric string is never a
 * number, arrays compare element-wise with the same rule, and objects compare as maps (key
 * order does not matter).
 */
public sealed interface Json {

    Json NULL = new Null();

    /** The JSON type's name as errors report it: null, boolean, number, string, array or object. */
    default String typeName() {
        return switch (this) {
            case Null n -> "null";
            case Bool b -> "boolean";
            case Num n -> "number";
            case Str s -> "string";
            case Arr a -> "array";
            case Obj o -> "object";
        };
    }

    static Json of(Object plain) {
        return JsonValues.fromPlain(plain);
    }

    static Str str(String value) {
        return new Str(value);
    }

    static Num num(BigDecimal value) {
        return new Num(value);
    }

    static Num num(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Num num(double value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Bool bool(boolean value) {
        return value ? Bool.TRUE : Bool.FALSE;
    }

    /** The value as plain Java: null, Boolean, BigDecimal, String, List, Map (insertion order). */
    Object toPlain();

    /** JSON text with the keys in their insertion order and no whitespace. */
    default String toJsonText() {
        return JsonWriter.write(this, false);
    }

    record Null() implements Json {
        @Override public Object toPlain() { return null; }
        @Override public String toString() { return "null"; }
    }

    record Bool(boolean value) implements Json {
        static final Bool TRUE = new Bool(true);
        static final Bool FALSE = new Bool(false);
        @Override public Object toPlain() { return value; }
        @Override public String toString() { return Boolean.toString(value); }
    }

    record Str(String value) implements Json {
        public Str {
            Objects.requireNonNull(value, "value");
        }
        @Override public Object toPlain() { return value; }
        @Override public String toString() { return toJsonText(); }
    }

    /** A number. Equal to another number of the same numeric value, whatever its scale. */
    record Num(BigDecimal value) implements Json {
        public Num {
            Objects.requireNonNull(value, "value");
        }

        /** Whether the number has no fractional part (2, 2.0 and 2e3 are whole; 2.5 is not). */
        public boolean isWhole() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        public double asDouble() {
            return value.doubleValue();
        }

        @Override public Object toPlain() { return value; }

        @Override
        public boolean equals(Object other) {
            return other instanceof Num n && value.compareTo(n.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }

        @Override public String toString() { return toJsonText(); }
    }

    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        public static Arr of(Json... items) {
            return new Arr(List.of(items));
        }

        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>(items.size());
            for (Json item : items) {
                out.add(item.toPlain());
            }
            return Collections.unmodifiableList(out);
        }

        @Override public String toString() { return toJsonText(); }
    }

    /** A JSON object; keys keep their insertion order for display, equality ignores order. */
    record Obj(Map<String, Json> fields) implements Json {
        public static final Obj EMPTY = new Obj(Map.of());

        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public static ObjBuilder builder() {
            return new ObjBuilder();
        }

        public Optional<Json> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        public boolean has(String key) {
            return fields.containsKey(key);
        }

        /** This object with {@code key} set to {@code value}, appended when new. */
        public Obj with(String key, Json value) {
            LinkedHashMap<String, Json> copy = new LinkedHashMap<>(fields);
            copy.put(key, value);
            return new Obj(copy);
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            fields.forEach((k, v) -> out.put(k, v.toPlain()));
            return Collections.unmodifiableMap(out);
        }

        @Override public String toString() { return toJsonText(); }
    }

    /** Builds an {@link Obj} in insertion order. */
    final class ObjBuilder {
        private final LinkedHashMap<String, Json> fields = new LinkedHashMap<>();

        public ObjBuilder put(String key, Json value) {
            fields.put(key, Objects.requireNonNull(value, key));
            return this;
        }

        public ObjBuilder put(String key, String value) {
            return put(key, value == null ? NULL : new Str(value));
        }

        public ObjBuilder put(String key, long value) {
            return put(key, num(value));
        }

        public ObjBuilder put(String key, boolean value) {
            return put(key, bool(value));
        }

        public Obj build() {
            return new Obj(fields);
        }
    }
}
