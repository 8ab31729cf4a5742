package org.cora.domain.features.definecalibration;

import java.time.Instant;
import java.util.List;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationAlreadyExistsError;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.calibration.CalibrationQuantity;

/** Invariants, in order: the quantity is in the catalog; the stream of {@code newId} is empty. Emits {@code CalibrationDefined}. */
public final class DefineCalibrationDecider {

    private DefineCalibrationDecider() {
    }

    public static List<CalibrationEvent> decide(Calibration state, DefineCalibrationCommand command, CalibrationId newId,
                                                Instant now) {
        CalibrationQuantity quantity = CalibrationQuantity.parse(command.quantity());
        if (state != null) {
            throw new CalibrationAlreadyExistsError(newId);
        }
        return List.of(new CalibrationDefined(newId, quantity, now));
    }
}
