package org.cora.app.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class NetworkntParametersSchemaValidatorTest {

    static final Json.Obj SCHEMA = (Json.Obj) JsonParser.parse("""
            {"type": "object",
             "properties": {"energy": {"type": "number", "minimum": 4, "maximum": 40},
                            "mode": {"enum": ["fly", "step"]}},
             "required": ["energy"],
             "additionalProperties": false}""");

    final NetworkntParametersSchemaValidator validator = new NetworkntParametersSchemaValidator();

    @Test
    void bindingsThatMeetTheSchemaHaveNoViolations() {
        assertThat(validator.validate(SCHEMA, (Json.Obj) JsonParser.parse("{\"energy\": 8.5, \"mode\": \"fly\"}")))
                .isEmpty();
    }

    @Test
    void everyViolationIsReportedNamingItsLocation() {
        assertThat(validator.validate(SCHEMA, (Json.Obj) JsonParser.parse("{\"energy\": 100, \"mode\": \"walk\"}")))
                .hasSize(2).anySatisfy(v -> assertThat(v).contains("energy")).anySatisfy(v -> assertThat(v).contains("mode"));
    }

    @Test
    void aMissingRequiredBindingAndAnUndeclaredOneAreViolations() {
        assertThat(validator.validate(SCHEMA, (Json.Obj) JsonParser.parse("{\"colour\": \"red\"}")))
                .anySatisfy(v -> assertThat(v).contains("energy"))
                .anySatisfy(v -> assertThat(v).contains("colour"));
    }

    @Test
    void aTypeMismatchIsAViolation() {
        assertThat(validator.validate(SCHEMA, (Json.Obj) JsonParser.parse("{\"energy\": \"high\"}"))).hasSize(1);
    }
}
