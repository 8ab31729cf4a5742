package org.cora.domain.shared;

import java.util.Optional;

/** Trimmed text of a bounded length, the shape of names, kinds and reasons. */
public final class BoundedText {

    private BoundedText() {
    }

    /** The trimmed text when it is 1..max characters long; empty otherwise (null included). */
    public static Optional<String> trimmed(String raw, int max) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        return text.isEmpty() || text.length() > max ? Optional.empty() : Optional.of(text);
    }

    /** How a refused text reads in an error message. */
    public static String describe(String raw) {
        return raw == null ? "nothing" : "'" + raw + "' (" + raw.strip().length() + " characters after trimming)";
    }
}
