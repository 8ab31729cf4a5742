package org.cora.domain.calibration;

import java.time.Instant;
import java.util.List;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationEvent.CalibrationRevisionAdded;
import org.cora.domain.json.Json;
import org.cora.domain.shared.StoredPayload;

/** Calibration events to and from their stored payloads (snake_case keys, the quantity by its wire name). */
public final class CalibrationEventCodec {

    public static final List<String> EVENT_TYPES = List.of("CalibrationDefined", "CalibrationRevisionAdded");

    private CalibrationEventCodec() {
    }

    public static Json.Obj toPayload(CalibrationEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("calibration_id", event.calibrationId().toString());
        switch (event) {
            case CalibrationDefined d -> out.put("quantity", d.quantity().wireName());
            case CalibrationRevisionAdded a -> out.put("revision_id", a.revisionId().toString()).put("value", a.value())
                    .put("established_at", a.establishedAt().toString()).put("established_by", a.establishedBy());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static CalibrationEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownCalibrationEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedCalibrationEventError::new);
        CalibrationId id = new CalibrationId(p.uuid("calibration_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "CalibrationDefined" -> new CalibrationDefined(id, quantity(p), at);
            case "CalibrationRevisionAdded" -> new CalibrationRevisionAdded(id, p.uuid("revision_id"), p.required("value"),
                    p.instant("established_at"), p.string("established_by"), at);
            default -> throw new UnknownCalibrationEventTypeError(eventType);
        };
    }

    private static CalibrationQuantity quantity(StoredPayload p) {
        String raw = p.string("quantity");
        try {
            return CalibrationQuantity.parse(raw);
        } catch (InvalidCalibrationQuantityError e) {
            throw new MalformedCalibrationEventError(p.eventType(), "unknown quantity '" + raw + "'", e);
        }
    }
}
