package org.cora.domain.asset.partition;

import java.util.Objects;
import java.util.UUID;

/** The constructor checks the rule records share; each failure names its field. */
final class RuleChecks {

    private static final UUID NIL = new UUID(0L, 0L);

    private RuleChecks() {
    }

    /** The value, finite, with -0.0 folded into 0.0 so a rule equals its own wire round trip. */
    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidPartitionRuleError("non_finite_number", field + " must be a finite number, got " + value);
        }
        return value + 0.0;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidPartitionRuleError("missing_field", field + " is required");
        }
        return value;
    }

    static UUID notNil(String field, UUID value) {
        if (Objects.equals(present(field, value), NIL)) {
            throw new InvalidPartitionRuleError("nil_id", field + " must not be the nil UUID");
        }
        return value;
    }

    static int atLeast(String field, int minimum, int value) {
        if (value < minimum) {
            throw new InvalidPartitionRuleError("constituent_count_out_of_range",
                    field + " must be at least " + minimum + ", got " + value);
        }
        return value;
    }

    static String text(String field, int maxLength, String value) {
        String trimmed = present(field, value).strip();
        if (trimmed.isEmpty() || trimmed.length() > maxLength) {
            throw new InvalidPartitionRuleError(field + "_length",
                    field + " must be 1 to " + maxLength + " characters after trimming, got " + trimmed.length());
        }
        return trimmed;
    }
}
