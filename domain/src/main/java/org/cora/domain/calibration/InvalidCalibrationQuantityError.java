package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** The quantity is not in the closed catalog. */
public final class InvalidCalibrationQuantityError extends DomainError {

    private final String value;

    public InvalidCalibrationQuantityError(String value) {
        super("Calibration quantity must be one of " + CalibrationQuantity.wireNames() + ", got " + (value == null ? "nothing" : "'" + value + "'"));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
