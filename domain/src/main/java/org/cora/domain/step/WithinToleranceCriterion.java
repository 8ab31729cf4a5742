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
