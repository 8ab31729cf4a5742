package org.cora.adapters.hardware;

import java.math.BigDecimal;

/**
 * What a number an action is configured with must be. One rule serves both places a value comes
 * from: the action's entry in a YAML file (refused as a malformed file) and a step's params
 * (refused as a rejected write).
 */
enum ParamRule {

    ANY("must be a number"),
    POSITIVE("must be > 0"),
    NOT_NEGATIVE("must be >= 0"),
    COUNT("must be a whole number >= 1");

    private final String requirement;

    ParamRule(String requirement) {
        this.requirement = requirement;
    }

    boolean admits(BigDecimal value) {
        return switch (this) {
            case ANY -> true;
            case POSITIVE -> value.signum() > 0;
            case NOT_NEGATIVE -> value.signum() >= 0;
            case COUNT -> value.signum() > 0 && (value.stripTrailingZeros().scale() <= 0)
                    && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
        };
    }

    String requirement() {
        return requirement;
    }
}
