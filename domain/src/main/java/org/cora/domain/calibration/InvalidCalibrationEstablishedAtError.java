package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** A revision cannot be established in the future. */
public final class InvalidCalibrationEstablishedAtError extends DomainError {

    private final java.time.Instant establishedAt;
    private final java.time.Instant now;

    public InvalidCalibrationEstablishedAtError(java.time.Instant establishedAt, java.time.Instant now) {
        super("established_at " + establishedAt + " is in the future (now is " + now + ")");
        this.establishedAt = establishedAt;
        this.now = now;
    }

    public java.time.Instant establishedAt() {
        return establishedAt;
    }

    public java.time.Instant now() {
        return now;
    }
}
