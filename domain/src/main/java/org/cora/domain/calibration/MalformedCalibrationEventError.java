package org.cora.domain.calibration;

import org.cora.domain.shared.MalformedEventError;

/** A stored Calibration event cannot be read; the stream is treated as corrupt. */
public final class MalformedCalibrationEventError extends MalformedEventError {

    public MalformedCalibrationEventError(String eventType, String reason) {
        super(eventType, reason, null);
    }

    public MalformedCalibrationEventError(String eventType, String reason, Throwable cause) {
        super(eventType, reason, cause);
    }
}
