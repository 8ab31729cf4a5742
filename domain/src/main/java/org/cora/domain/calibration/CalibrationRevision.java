package org.cora.domain.calibration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.cora.domain.json.Json;

/** One append-only revision: its value (validated for the quantity when it was added) and who established it when. */
public record CalibrationRevision(UUID revisionId, Json value, Instant establishedAt, String establishedBy) {

    public CalibrationRevision {
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(value, "value");
    }
}
