package org.cora.domain.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Conversions from plain Java values into {@link Json}. */
final class JsonValues {

    private JsonValues() {
    }

    static Json fromPlain(Object plain) {
        return switch (plain) {
            case null -> Json.NULL;
            case Json json -> json;
            case Boolean b -> Json.bool(b);
            case String s -> new Json.Str(s);
            case BigDecimal d -> new Json.Num(d);
            case BigInteger i -> new Json.Num(new BigDecimal(i));
            case Integer i -> Json.num(i.longValue());
            case Long l -> Json.num(l);
            case Short s -> Json.num(s.longValue());
            case Byte b -> Json.num(b.longValue());
            case Double d -> finite(d);
            case Float f -> finite(Double.parseDouble(Float.toString(f)));
            case Map<?, ?> map -> object(map);
            case Collection<?> items -> array(items);
            case Object[] items -> array(List.of(items));
            default -> throw new IllegalArgumentException(
                    "not a JSON-shaped value: " + plain.getClass().getName());
        };
    }

    private static Json finite(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no value for " + d);
        }
        return Json.num(d);
    }

    private static Json.Obj object(Map<?, ?> map) {
        LinkedHashMap<String, Json> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), fromPlain(v)));
        return new Json.Obj(fields);
    }

    private static Json.Arr array(Collection<?> items) {
        List<Json> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(fromPlain(item));
        }
        return new Json.Arr(out);
    }
}
