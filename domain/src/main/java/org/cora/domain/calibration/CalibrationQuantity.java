package org.cora.domain.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * The closed catalog of calibrated quantities, snake_case on the wire. Only
 * {@code energy_position_curve} has a structured value today (a curve of (x, y) points, what a
 * LookupTable partition rule reads); the others hold a finite number.
 */
public enum CalibrationQuantity {
    ENERGY_POSITION_CURVE("energy_position_curve"),
    POSITION_OFFSET("position_offset"),
    DETECTOR_GAIN("detector_gain"),
    TEMPERATURE_OFFSET("temperature_offset");

    private final String wireName;

    CalibrationQuantity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isCurve() {
        return this == ENERGY_POSITION_CURVE;
    }

    /** The quantity with this exact wire name, or {@link InvalidCalibrationQuantityError}. */
    public static CalibrationQuantity parse(String raw) {
        return Arrays.stream(values()).filter(q -> q.wireName.equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidCalibrationQuantityError(raw));
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(CalibrationQuantity::wireName).toList();
    }
}
