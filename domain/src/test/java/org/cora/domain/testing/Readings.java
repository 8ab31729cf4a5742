package org.cora.domain.testing;

import java.time.Instant;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

/** Measurements for tests, stamped with a source time distinct from the test clock. */
public final class Readings {

    public static final Instant PRODUCED_AT = Instant.parse("2026-03-14T09:26:50Z");

    private Readings() {
    }

    public static Measurement good(Json value) {
        return Measurement.good(value, PRODUCED_AT);
    }

    public static Measurement good(double value) {
        return good(Json.num(value));
    }

    public static Measurement withQuality(Json value, Quality quality) {
        return new Measurement(value, MeasurementKind.Scalar, quality, PRODUCED_AT,
                quality == Quality.Good ? "" : "alarm " + quality);
    }
}
