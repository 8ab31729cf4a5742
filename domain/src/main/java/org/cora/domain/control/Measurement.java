package org.cora.domain.control;

import java.time.Instant;
import java.util.Objects;
import org.cora.domain.json.Json;

/**
 * One value read from a control system. {@code producedAt} is the source's own timestamp, or
 * null when the source gave none: never the local clock.
 */
public record Measurement(Json value, MeasurementKind kind, Quality quality, Instant producedAt,
                          String qualityDetail) {

    public Measurement {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quality, "quality");
        qualityDetail = qualityDetail == null ? "" : qualityDetail;
    }

    public static Measurement good(Json value, Instant producedAt) {
        return new Measurement(value, value instanceof Json.Arr ? MeasurementKind.Array : MeasurementKind.Scalar,
                Quality.Good, producedAt, "");
    }

    /** The journal form: {@code {value, kind, quality, quality_detail, sampled_at}}. */
    public Json.Obj toPayload() {
        return Json.Obj.builder()
                .put("value", value)
                .put("kind", kind.name())
                .put("quality", quality.name())
                .put("quality_detail", qualityDetail)
                .put("sampled_at", producedAt == null ? null : producedAt.toString())
                .build();
    }
}
