package org.cora.domain.step;

/** Shared checks of the text fields of steps. */
final class StepText {

    private StepText() {
    }

    static String address(String raw) {
        return required("address", raw);
    }

    static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidStepError(field + " must be a non-empty string");
        }
        return raw;
    }
}
