package org.cora.domain.features.definecalibration;

import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationAlreadyExistsError;
import org.cora.domain.calibration.CalibrationEvent;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationEvolver;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.calibration.CalibrationQuantity;
import org.cora.domain.calibration.InvalidCalibrationQuantityError;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class DefineCalibrationDeciderTest {

    static final CalibrationId ID = CalibrationId.of("0190f5a8-7d3e-7000-8000-0000000ca1b0");

    private static AggregateScenario<Calibration, CalibrationEvent> given(List<CalibrationEvent> history) {
        return AggregateScenario.given(CalibrationEvolver::fold, history);
    }

    @Test
    void aCalibrationOfACatalogQuantityIsDefinedWithoutRevisions() {
        given(List.of()).when(s -> DefineCalibrationDecider.decide(s, new DefineCalibrationCommand("energy_position_curve"), ID, NOW))
                .then(new CalibrationDefined(ID, CalibrationQuantity.ENERGY_POSITION_CURVE, NOW));
    }

    @Test
    void aQuantityOutsideTheCatalogIsRefusedBeforeTheStreamIsChecked() {
        List<CalibrationEvent> existing = List.of(new CalibrationDefined(ID, CalibrationQuantity.DETECTOR_GAIN, NOW));
        for (String raw : new String[] {"ENERGY_POSITION_CURVE", "energy", null}) {
            given(existing).when(s -> DefineCalibrationDecider.decide(s, new DefineCalibrationCommand(raw), ID, NOW))
                    .thenRefused(InvalidCalibrationQuantityError.class);
        }
        given(existing).when(s -> DefineCalibrationDecider.decide(s, new DefineCalibrationCommand("detector_gain"), ID, NOW))
                .thenRefused(CalibrationAlreadyExistsError.class);
    }
}
