package org.cora.domain.calibration;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** Who established the revision is empty or longer than 200 characters after trimming. */
public final class InvalidCalibrationEstablishedByError extends DomainError {

    private final String value;

    public InvalidCalibrationEstablishedByError(String value) {
        super("established_by must be 1..200 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
