package org.cora.application.features.getcalibration;

import org.cora.domain.calibration.CalibrationId;

/** The folded state of one Calibration. */
public record GetCalibrationQuery(CalibrationId calibrationId) {
}
