package org.cora.application.port;

import java.util.List;
import org.cora.domain.json.Json;

/**
 * Validates bindings against a Capability's {@code parameters_schema} (a JSON Schema), with a
 * maintained JSON Schema library. Pure: no I/O, no remote {@code $ref} resolution.
 */
public interface ParametersSchemaValidator {

    /** Every violation, each naming the instance location and why; empty when the bindings are valid. */
    List<String> validate(Json.Obj schema, Json.Obj bindings);
}
