package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** A revision's value does not have the shape its quantity requires. */
public final class InvalidCalibrationValueError extends DomainError {

    private final String reason;

    public InvalidCalibrationValueError(String reason) {
        super("Invalid calibration value: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
