package org.cora.app.jsonschema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.cora.application.port.ParametersSchemaValidator;
import org.cora.domain.json.Json;

/**
 * Bindings against a {@code parameters_schema} with networknt's json-schema-validator, draft
 * 2020-12 unless the schema names its own {@code $schema}. The JSON crosses as text, so the domain's
 * JSON model never meets Jackson.
 */
public final class NetworkntParametersSchemaValidator implements ParametersSchemaValidator {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Override
    public List<String> validate(Json.Obj schema, Json.Obj bindings) {
        Schema compiled = registry.getSchema(schema.toJsonText(), InputFormat.JSON);
        List<Error> errors = compiled.validate(bindings.toJsonText(), InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }
}
