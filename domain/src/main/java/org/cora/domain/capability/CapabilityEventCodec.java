package org.cora.domain.capability;

import java.time.Instant;
import java.util.List;
import org.cora.domain.capability.CapabilityEvent.CapabilityDefined;
import org.cora.domain.capability.CapabilityEvent.CapabilityDeprecated;
import org.cora.domain.capability.CapabilityEvent.CapabilityVersioned;
import org.cora.domain.json.Json;
import org.cora.domain.shared.StoredPayload;

/** Capability events to and from their stored payloads (snake_case keys); the exact inverse of each other. */
public final class CapabilityEventCodec {

    public static final List<String> EVENT_TYPES = List.of(
            "CapabilityDefined", "CapabilityVersioned", "CapabilityDeprecated");

    private CapabilityEventCodec() {
    }

    public static Json.Obj toPayload(CapabilityEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("capability_id", event.capabilityId().toString());
        switch (event) {
            case CapabilityDefined d -> out.put("code", d.code()).put("name", d.name())
                    .put("parameters_schema", d.parametersSchema())
                    .put("executor_shapes", Json.of(d.executorShapes().stream().map(Enum::name).toList()));
            case CapabilityVersioned v -> out.put("version", v.version());
            case CapabilityDeprecated d -> out.put("replaced_by_capability_id",
                    d.replacedByCapabilityId() == null ? null : d.replacedByCapabilityId().toString());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static CapabilityEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownCapabilityEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedCapabilityEventError::new);
        CapabilityId id = new CapabilityId(p.uuid("capability_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "CapabilityDefined" -> new CapabilityDefined(id, p.string("code"), p.string("name"),
                    p.object("parameters_schema"), shapes(p, eventType), at);
            case "CapabilityVersioned" -> new CapabilityVersioned(id, p.string("version"), at);
            case "CapabilityDeprecated" -> new CapabilityDeprecated(id, p.optionalUuid("replaced_by_capability_id"), at);
            default -> throw new UnknownCapabilityEventTypeError(eventType);
        };
    }

    private static List<ExecutorShape> shapes(StoredPayload p, String eventType) {
        return p.strings("executor_shapes").stream().map(raw -> {
            try {
                return ExecutorShape.valueOf(raw);
            } catch (IllegalArgumentException e) {
                throw new MalformedCapabilityEventError(eventType, "unknown executor shape '" + raw + "'", e);
            }
        }).toList();
    }
}
