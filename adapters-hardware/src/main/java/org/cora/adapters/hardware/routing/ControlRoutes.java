package org.cora.adapters.hardware.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;

/**
 * Reads a deployment's routing table from its JSON form (the {@code cora.control.routes} setting):
 * <pre>
 * [{"prefix": "BL7:", "substrate": "epics_ca", "is_simulated": false, "read_only": true},
 *  {"prefix": "sim:", "substrate": "simulated", "is_simulated": true}]
 * </pre>
 * {@code prefix}, {@code substrate} and {@code is_simulated} are required (whether a route drives a
 * simulator is declared, never assumed); {@code read_only} defaults to false. Unknown keys, unknown
 * substrates and a prefix listed twice are refused with a message naming the entry, so a
 * mistyped table stops the service at start-up instead of routing somewhere unexpected.
 */
public final class ControlRoutes {

    private static final Set<String> KEYS = Set.of("prefix", "substrate", "is_simulated", "read_only");

    private ControlRoutes() {
    }

    /** The routes {@code json} declares, in order; an empty or blank text declares none. */
    public static List<ControlRoute> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        Json parsed;
        try {
            parsed = JsonParser.parse(json);
        } catch (MalformedJsonException e) {
            throw new IllegalArgumentException("cora.control.routes is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Json.Arr entries)) {
            throw new IllegalArgumentException("cora.control.routes must be a JSON array of routes");
        }
        List<ControlRoute> routes = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < entries.items().size(); i++) {
            ControlRoute route = route(i, entries.items().get(i));
            if (!prefixes.add(route.prefix())) {
                throw new IllegalArgumentException(where(i) + " repeats the prefix '" + route.prefix() + "'");
            }
            routes.add(route);
        }
        return List.copyOf(routes);
    }

    private static ControlRoute route(int index, Json entry) {
        if (!(entry instanceof Json.Obj object)) {
            throw new IllegalArgumentException(where(index) + " must be an object");
        }
        for (String key : object.fields().keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where(index) + " has the unknown key '" + key + "' (known: "
                        + "prefix, substrate, is_simulated, read_only)");
            }
        }
        String prefix = string(index, object.fields(), "prefix");
        String substrateName = string(index, object.fields(), "substrate");
        Substrate substrate = Substrate.named(substrateName).orElseThrow(() -> new IllegalArgumentException(
                where(index) + " names the unknown substrate '" + substrateName + "' (known: simulated, epics_ca, "
                        + "epics_pva)"));
        Json simulated = object.get("is_simulated").orElseThrow(() -> new IllegalArgumentException(
                where(index) + " must say whether it reaches a simulator: add \"is_simulated\": true or false"));
        Json readOnly = object.get("read_only").orElse(Json.bool(false));
        return new ControlRoute(prefix, substrate, bool(index, "is_simulated", simulated), bool(index, "read_only",
                readOnly));
    }

    private static String string(int index, Map<String, Json> fields, String key) {
        if (!(fields.get(key) instanceof Json.Str text)) {
            throw new IllegalArgumentException(where(index) + " needs \"" + key + "\" as a string");
        }
        return text.value();
    }

    private static boolean bool(int index, String key, Json value) {
        if (!(value instanceof Json.Bool flag)) {
            throw new IllegalArgumentException(where(index) + " needs \"" + key + "\" as true or false");
        }
        return flag.value();
    }

    private static String where(int index) {
        return "cora.control.routes entry " + index;
    }
}
