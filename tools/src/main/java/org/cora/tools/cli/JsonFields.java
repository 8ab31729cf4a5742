package org.cora.tools.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cora.domain.json.Json;

/** Reading the service's answers, JSON objects of known shape, where a field may be absent or null. */
final class JsonFields {

    private JsonFields() {
    }

    /** A scalar field as a person reads it: text without quotes, numbers and booleans as written. */
    static Optional<String> text(Json.Obj object, String key) {
        return object.get(key).filter(v -> !(v instanceof Json.Null)).map(JsonFields::display);
    }

    static Optional<Json.Obj> object(Json.Obj object, String key) {
        return object.get(key).filter(Json.Obj.class::isInstance).map(Json.Obj.class::cast);
    }

    static List<Json.Obj> objects(Json.Obj object, String key) {
        return object.get(key).filter(Json.Arr.class::isInstance)
                .map(a -> ((Json.Arr) a).items().stream().filter(Json.Obj.class::isInstance)
                        .map(Json.Obj.class::cast).toList())
                .orElse(List.of());
    }

    static OptionalInt integer(Json.Obj object, String key) {
        return object.get(key).filter(Json.Num.class::isInstance)
                .map(n -> OptionalInt.of(((Json.Num) n).value().intValue())).orElse(OptionalInt.empty());
    }

    static boolean isTrue(Json.Obj object, String key) {
        return object.get(key).filter(Json.bool(true)::equals).isPresent();
    }

    static String display(Json value) {
        return value instanceof Json.Str s ? s.value() : value.toJsonText();
    }
}
