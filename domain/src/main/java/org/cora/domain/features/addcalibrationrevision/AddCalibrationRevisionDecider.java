package org.cora.domain.features.addcalibrationrevision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationEvent.CalibrationRevisionAdded;
import org.cora.domain.calibration.CalibrationNotFoundError;
import org.cora.domain.calibration.CalibrationValues;
import org.cora.domain.calibration.InvalidCalibrationEstablishedAtError;
import org.cora.domain.calibration.InvalidCalibrationEstablishedByError;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the Calibration exists; the value fits its quantity; established_by is
 * 1..200 trimmed; established_at (default now) is not in the future. Append-only: every call
 * emits one {@code CalibrationRevisionAdded} under {@code newRevisionId}, even for a value seen before.
 */
public final class AddCalibrationRevisionDecider {

    public static final int ESTABLISHED_BY_MAX = 200;

    private AddCalibrationRevisionDecider() {
    }

    public static List<CalibrationEvent> decide(Calibration state, AddCalibrationRevisionCommand command,
                                                UUID newRevisionId, Instant now) {
        if (state == null) {
            throw new CalibrationNotFoundError(command.calibrationId());
        }
        CalibrationValues.validate(state.quantity(), command.value());
        String by = BoundedText.trimmed(command.establishedBy(), ESTABLISHED_BY_MAX)
                .orElseThrow(() -> new InvalidCalibrationEstablishedByError(command.establishedBy()));
        Instant at = command.establishedAt() == null ? now : command.establishedAt();
        if (at.isAfter(now)) {
            throw new InvalidCalibrationEstablishedAtError(at, now);
        }
        return List.of(new CalibrationRevisionAdded(state.id(), newRevisionId, command.value(), at, by, now));
    }
}
