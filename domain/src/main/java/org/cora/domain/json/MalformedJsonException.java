package org.cora.domain.json;

/** The text is not JSON; the message says why and at which character. */
public final class MalformedJsonException extends IllegalArgumentException {

    private final int offset;

    public MalformedJsonException(String reason, int offset) {
        super("malformed JSON at character " + offset + ": " + reason);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
