package org.cora.domain.calibration;

import java.util.List;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationEvent.CalibrationRevisionAdded;

/** Folds Calibration events into state. */
public final class CalibrationEvolver {

    private CalibrationEvolver() {
    }

    /** The state after {@code events}, or null for an empty stream. */
    public static Calibration fold(List<CalibrationEvent> events) {
        Calibration state = null;
        for (CalibrationEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    public static Calibration evolve(Calibration state, CalibrationEvent event) {
        if (event instanceof CalibrationDefined d) {
            return new Calibration(d.calibrationId(), d.quantity(), List.of());
        }
        if (state == null) {
            throw new MalformedCalibrationEventError(event.eventType(), "it comes before CalibrationDefined on stream "
                    + event.calibrationId());
        }
        return switch (event) {
            case CalibrationDefined d -> throw new IllegalStateException("handled above");
            case CalibrationRevisionAdded a -> state.plus(new CalibrationRevision(a.revisionId(), a.value(),
                    a.establishedAt(), a.establishedBy()));
        };
    }
}
