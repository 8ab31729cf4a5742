package org.cora.domain.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanEvent.PlanWireRemoved;
import org.cora.domain.shared.StoredPayload;

/** Plan events to and from their stored payloads; a wire is its four snake_case keys, flat in the payload. */
public final class PlanEventCodec {

    public static final List<String> EVENT_TYPES = List.of("PlanDefined", "PlanWireAdded", "PlanWireRemoved");

    private PlanEventCodec() {
    }

    public static Json.Obj toPayload(PlanEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("plan_id", event.planId().toString());
        switch (event) {
            case PlanDefined d -> out.put("asset_ids",
                    new Json.Arr(d.assetIds().stream().map(id -> (Json) Json.str(id.toString())).toList()));
            case PlanWireAdded a -> wire(out, a.wire());
            case PlanWireRemoved r -> wire(out, r.wire());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static PlanEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownPlanEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedPlanEventError::new);
        PlanId id = new PlanId(p.uuid("plan_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "PlanDefined" -> new PlanDefined(id, p.uuids("asset_ids"), at);
            case "PlanWireAdded" -> new PlanWireAdded(id, wire(p), at);
            case "PlanWireRemoved" -> new PlanWireRemoved(id, wire(p), at);
            default -> throw new UnknownPlanEventTypeError(eventType);
        };
    }

    private static void wire(Json.ObjBuilder out, Wire wire) {
        out.put("source_asset_id", wire.sourceAssetId().toString()).put("source_port_name", wire.sourcePortName())
                .put("target_asset_id", wire.targetAssetId().toString()).put("target_port_name", wire.targetPortName());
    }

    private static Wire wire(StoredPayload p) {
        UUID source = p.uuid("source_asset_id");
        UUID target = p.uuid("target_asset_id");
        return new Wire(source, p.string("source_port_name"), target, p.string("target_port_name"));
    }
}
