package org.cora.adapters.postgres;

import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.jooq.JSONB;

/** Domain JSON objects to and from jsonb: stored as real JSON objects, never as JSON strings. */
final class JsonbCodec {

    private JsonbCodec() {
    }

    static JSONB toJsonb(Json.Obj value) {
        return JSONB.jsonb(value.toJsonText());
    }

    static Json.Obj fromJsonb(JSONB value, String column) {
        if (JsonParser.parse(value.data()) instanceof Json.Obj object) {
            return object;
        }
        throw new IllegalStateException(column + " holds a JSON value that is not an object: " + value.data());
    }
}
