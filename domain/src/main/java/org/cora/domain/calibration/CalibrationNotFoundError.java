package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** No Calibration has this id. */
public final class CalibrationNotFoundError extends DomainError {

    private final CalibrationId calibrationId;

    public CalibrationNotFoundError(CalibrationId calibrationId) {
        super("Calibration " + calibrationId + " not found");
        this.calibrationId = calibrationId;
    }

    public CalibrationId calibrationId() {
        return calibrationId;
    }
}
