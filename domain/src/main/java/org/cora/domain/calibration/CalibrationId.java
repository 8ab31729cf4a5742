package org.cora.domain.calibration;

import java.util.Objects;
import java.util.UUID;

public record CalibrationId(UUID value) {

    public CalibrationId {
        Objects.requireNonNull(value, "value");
    }

    public static CalibrationId of(String raw) {
        return new CalibrationId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
