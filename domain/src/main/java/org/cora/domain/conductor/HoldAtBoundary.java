package org.cora.domain.conductor;

/** Raised inside a walk when the journal refuses a new effect because a hold is pending. */
final class HoldAtBoundary extends RuntimeException {

    private final String reason;

    HoldAtBoundary(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
