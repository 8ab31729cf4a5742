package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** The Calibration has no revision of this id. */
public final class CalibrationRevisionNotFoundError extends DomainError {

    private final CalibrationId calibrationId;
    private final java.util.UUID revisionId;

    public CalibrationRevisionNotFoundError(CalibrationId calibrationId, java.util.UUID revisionId) {
        super("Calibration " + calibrationId + " has no revision " + revisionId);
        this.calibrationId = calibrationId;
        this.revisionId = revisionId;
    }

    public CalibrationId calibrationId() {
        return calibrationId;
    }

    public java.util.UUID revisionId() {
        return revisionId;
    }
}
