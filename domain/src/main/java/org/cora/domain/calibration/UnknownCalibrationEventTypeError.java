package org.cora.domain.calibration;

import org.cora.domain.shared.DomainError;

/** A Calibration stream holds an event type this code does not know. */
public final class UnknownCalibrationEventTypeError extends DomainError {

    private final String eventType;

    public UnknownCalibrationEventTypeError(String eventType) {
        super("Unknown Calibration event type '" + eventType + "': the stream cannot be folded");
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }
}
