package org.cora.domain.step;

import java.math.BigDecimal;
import java.util.Optional;
import org.cora.domain.json.Json;

/**
 * The reading is a number within {@code tolerance} of {@code expected}, bounds included. A
 * reading that is not a JSON number (a string, even "12.5", or a boolean) is a mismatch.
 */
public record WithinToleranceCriterion(BigDecimal expected, BigDecimal tolerance) implements CheckCriterion {

    public WithinToleranceCriterion {
        if (expected == null) {
            throw new InvalidStepError("within_tolerance needs a numeric expected");
        }
        if (tolerance == null || tolerance.signum() < 0) {
            throw new InvalidStepError("within_tolerance needs a tolerance >= 0");
        }
    }

    /** Numbers by value, as everywhere in steps: a tolerance of 0.50 is the tolerance 0.5. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WithinToleranceCriterion w && expected.compareTo(w.expected) == 0
                && tolerance.compareTo(w.tolerance) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Json.num(expected).hashCode() + Json.num(tolerance).hashCode();
    }

    @Override
    public Optional<String> mismatch(Json value) {
        String explanation = "value " + value + " not within " + tolerance.toPlainString()
                + " of expected " + expected.toPlainString();
        if (!(value instanceof Json.Num number)) {
            return Optional.of(explanation + " (not a number)");
        }
        return number.value().subtract(expected).abs().compareTo(tolerance) <= 0
                ? Optional.empty()
                : Optional.of(explanation);
    }
}
