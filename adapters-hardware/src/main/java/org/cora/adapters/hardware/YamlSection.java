package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cora.domain.json.Json;

/**
 * A YAML mapping together with its path in the document, so that every complaint about it names
 * the entry at fault ({@code addresses.sim:m1.low must be a number}).
 */
final class YamlSection {

    private final String path;
    private final Map<String, Object> entries;

    private YamlSection(String path, Map<String, Object> entries) {
        this.path = path;
        this.entries = entries;
    }

    /** The mapping at {@code path}; anything else (a scalar, a list, non-text keys) is malformed. */
    static YamlSection at(String path, Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw malformed(path, "must be a mapping");
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String text) || text.isBlank()) {
                throw malformed(path, "has a key that is not text: " + key);
            }
            entries.put(text, value);
        });
        return new YamlSection(path, entries);
    }

    static MalformedBeamlineModelException malformed(String path, String problem) {
        return new MalformedBeamlineModelException((path.isEmpty() ? "the model" : path) + " " + problem);
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Refuses any key outside {@code allowed}, so that a misspelt setting is not silently ignored. */
    void allowOnly(Set<String> allowed, String hint) {
        for (String key : entries.keySet()) {
            if (!allowed.contains(key)) {
                throw malformed(pathOf(key), "is not " + hint + "; expected one of " + new TreeSet<>(allowed));
            }
        }
    }

    Optional<YamlSection> section(String key) {
        return present(key).map(node -> at(pathOf(key), node));
    }

    Optional<List<Object>> list(String key) {
        return present(key).map(node -> {
            if (!(node instanceof List<?> items)) {
                throw malformed(pathOf(key), "must be a list");
            }
            return new ArrayList<>(items);
        });
    }

    Optional<String> text(String key) {
        return present(key).map(node -> {
            if (!(node instanceof String text) || text.isBlank()) {
                throw malformed(pathOf(key), "must be a non-blank string");
            }
            return text;
        });
    }

    Optional<Boolean> bool(String key) {
        return present(key).map(node -> {
            if (!(node instanceof Boolean flag)) {
                throw malformed(pathOf(key), "must be true or false");
            }
            return flag;
        });
    }

    Optional<BigDecimal> number(String key) {
        return present(key).map(node -> number(pathOf(key), node));
    }

    /** A scalar or a list of scalars, as a control system holds them. */
    Optional<Json> value(String key) {
        return present(key).map(node -> value(pathOf(key), node));
    }

    static BigDecimal number(String path, Object node) {
        return switch (node) {
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger i -> new BigDecimal(i);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case null, default -> throw malformed(path, "must be a number");
        };
    }

    private static Json value(String path, Object node) {
        if (node instanceof List<?> items) {
            List<Json> values = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                values.add(scalar(path + "[" + i + "]", items.get(i)));
            }
            return new Json.Arr(values);
        }
        return scalar(path, node);
    }

    private static Json scalar(String path, Object node) {
        return switch (node) {
            case Boolean flag -> Json.bool(flag);
            case String text -> Json.str(text);
            case Number n -> Json.num(number(path, n));
            case null, default -> throw malformed(path, "must be a number, boolean, string or list of them");
        };
    }

    /** A key written with nothing after it is present but empty: that is a mistake, not a default. */
    private Optional<Object> present(String key) {
        if (!entries.containsKey(key)) {
            return Optional.empty();
        }
        Object node = entries.get(key);
        if (node == null) {
            throw malformed(pathOf(key), "is empty");
        }
        return Optional.of(node);
    }
}
