package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** A Calibration with this id is already defined. */
public final class CalibrationAlreadyExistsError extends DomainError {

    private final CalibrationId calibrationId;

    public CalibrationAlreadyExistsError(CalibrationId calibrationId) {
        super("Calibration " + calibrationId + " already exists");
        this.calibrationId = calibrationId;
    }

    public CalibrationId calibrationId() {
        return calibrationId;
    }
}
