package org.cora.domain.features.addcalibrationrevision;

import java.time.Instant;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.json.Json;

/** Append a revision; {@code establishedAt} null means now. */
public record AddCalibrationRevisionCommand(CalibrationId calibrationId, Json value, Instant establishedAt,
                                            String establishedBy) {
}
