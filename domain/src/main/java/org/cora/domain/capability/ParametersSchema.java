package org.cora.domain.capability;

import java.util.Set;
import java.util.TreeSet;
import org.cora.domain.json.Json;

/**
 * The shape a Capability's {@code parameters_schema} must have: a JSON Schema object with
 * {@code "type": "object"} and a {@code properties} object whose every value is an object. The
 * full schema is checked by a JSON Schema library when bindings are validated against it.
 */
public final class ParametersSchema {

    private ParametersSchema() {
    }

    /** {@code schema} itself when well formed; {@link InvalidCapabilityParametersSchemaError} otherwise. */
    public static Json.Obj require(Json.Obj schema) {
        if (schema == null) {
            throw new InvalidCapabilityParametersSchemaError("parameters_schema is required");
        }
        if (!Json.str("object").equals(schema.get("type").orElse(Json.NULL))) {
            throw new InvalidCapabilityParametersSchemaError("parameters_schema.type must be \"object\"");
        }
        if (!(schema.get("properties").orElse(Json.NULL) instanceof Json.Obj properties)) {
            throw new InvalidCapabilityParametersSchemaError("parameters_schema.properties must be an object");
        }
        properties.fields().forEach((name, property) -> {
            if (!(property instanceof Json.Obj)) {
                throw new InvalidCapabilityParametersSchemaError(
                        "parameters_schema.properties." + name + " must be an object (a schema)");
            }
        });
        return schema;
    }

    /** The property names of a well-formed schema, sorted; empty for anything else. */
    public static Set<String> propertyNames(Json.Obj schema) {
        Set<String> names = new TreeSet<>();
        if (schema != null && schema.get("properties").orElse(Json.NULL) instanceof Json.Obj properties) {
            names.addAll(properties.fields().keySet());
        }
        return names;
    }
}
