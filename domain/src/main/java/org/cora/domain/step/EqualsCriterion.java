package org.cora.domain.step;

import java.util.Objects;
import java.util.Optional;
import org.cora.domain.json.Json;

/**
 * The reading equals {@code expected} under {@link Json} equality: numbers by value (1 equals
 * 1.0), a boolean is not a number, a numeric string is not a number, arrays element-wise.
 */
public record EqualsCriterion(Json expected) implements CheckCriterion {

    public EqualsCriterion {
        Objects.requireNonNull(expected, "expected");
        SetpointValue.requireWritable(expected, "expected");
    }

    @Override
    public Optional<String> mismatch(Json value) {
        return expected.equals(value)
                ? Optional.empty()
                : Optional.of("value " + value + " did not equal expected " + expected);
    }
}
