package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** The Calibration's quantity is not a curve, so it has no points. */
public final class CalibrationNotCurveValuedError extends DomainError {

    private final CalibrationId calibrationId;
    private final CalibrationQuantity quantity;

    public CalibrationNotCurveValuedError(CalibrationId calibrationId, CalibrationQuantity quantity) {
        super("Calibration " + calibrationId + " is " + quantity.wireName() + ", not energy_position_curve: it has no curve");
        this.calibrationId = calibrationId;
        this.quantity = quantity;
    }

    public CalibrationId calibrationId() {
        return calibrationId;
    }

    public CalibrationQuantity quantity() {
        return quantity;
    }
}
