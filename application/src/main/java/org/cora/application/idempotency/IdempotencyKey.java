package org.cora.application.idempotency;

/**
 * The value of an {@code Idempotency-Key}: 1 to {@value #MAX_LENGTH} printable ASCII characters
 * (space to tilde), compared exactly. A UUID per logical create is the usual choice.
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw new InvalidIdempotencyKeyError("Idempotency-Key must be 1.." + MAX_LENGTH
                    + " printable ASCII characters" + (value == null ? "" : " (got " + value.length() + " characters)"));
        }
    }
}
