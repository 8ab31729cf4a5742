package org.cora.domain.calibration;

import java.time.Instant;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.shared.AggregateEvent;

/** Everything that can happen to a Calibration. The record name is the stored {@code event_type}. */
public sealed interface CalibrationEvent extends AggregateEvent {

    String STREAM_TYPE = "Calibration";

    CalibrationId calibrationId();

    record CalibrationDefined(CalibrationId calibrationId, CalibrationQuantity quantity, Instant occurredAt)
            implements CalibrationEvent {
    }

    record CalibrationRevisionAdded(CalibrationId calibrationId, UUID revisionId, Json value, Instant establishedAt,
                                    String establishedBy, Instant occurredAt) implements CalibrationEvent {
    }
}
