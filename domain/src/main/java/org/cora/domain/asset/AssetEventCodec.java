package org.cora.domain.asset;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.AssetEvent.AssetControlBound;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetEvent.AssetPortAdded;
import org.cora.domain.asset.AssetEvent.AssetPortRemoved;
import org.cora.domain.asset.AssetEvent.AssetRegistered;
import org.cora.domain.json.Json;
import org.cora.domain.shared.StoredPayload;

/** Asset events to and from their stored payloads (snake_case keys, enums as their PascalCase names). */
public final class AssetEventCodec {

    public static final List<String> EVENT_TYPES = List.of("AssetRegistered", "AssetPortAdded", "AssetPortRemoved",
            "AssetLifecycleChanged", "AssetPartitionRuleUpdated", "AssetControlBound");

    private AssetEventCodec() {
    }

    public static Json.Obj toPayload(AssetEvent event) {
        Json.ObjBuilder out = Json.Obj.builder().put("asset_id", event.assetId().toString());
        switch (event) {
            case AssetRegistered r -> out.put("name", r.name())
                    .put("ports", new Json.Arr(r.ports().stream().map(p -> (Json) port(p)).toList()));
            case AssetPortAdded a -> out.put("port", port(a.port()));
            case AssetPortRemoved r -> out.put("port_name", r.portName());
            case AssetLifecycleChanged c -> out.put("from_lifecycle", c.from().name()).put("to_lifecycle", c.to().name());
            case AssetPartitionRuleUpdated u -> out.put("partition_rule",
                    u.partitionRule() == null ? Json.NULL : u.partitionRule());
            case AssetControlBound b -> out.put("setpoint_address", b.binding().setpointAddress())
                    .put("readback_address", b.binding().readbackAddress());
        }
        return out.put("occurred_at", event.occurredAt().toString()).build();
    }

    public static AssetEvent fromStored(String eventType, Json.Obj payload) {
        if (!EVENT_TYPES.contains(eventType)) {
            throw new UnknownAssetEventTypeError(eventType);
        }
        StoredPayload p = new StoredPayload(eventType, payload, MalformedAssetEventError::new);
        AssetId id = new AssetId(p.uuid("asset_id"));
        Instant at = p.instant("occurred_at");
        return switch (eventType) {
            case "AssetRegistered" -> new AssetRegistered(id, p.string("name"),
                    p.array("ports").items().stream().map(item -> port(p.nested(item, "ports"))).toList(), at);
            case "AssetPortAdded" -> new AssetPortAdded(id, port(p.nested(p.object("port"), "port")), at);
            case "AssetPortRemoved" -> new AssetPortRemoved(id, p.string("port_name"), at);
            case "AssetLifecycleChanged" -> new AssetLifecycleChanged(id, p.enumValue("from_lifecycle", AssetLifecycle.class),
                    p.enumValue("to_lifecycle", AssetLifecycle.class), at);
            case "AssetPartitionRuleUpdated" -> new AssetPartitionRuleUpdated(id, p.optionalObject("partition_rule"), at);
            case "AssetControlBound" -> new AssetControlBound(id,
                    new ControlBinding(p.string("setpoint_address"), p.optionalString("readback_address")), at);
            default -> throw new UnknownAssetEventTypeError(eventType);
        };
    }

    private static Json.Obj port(AssetPort port) {
        return Json.Obj.builder().put("name", port.name()).put("direction", port.direction().name())
                .put("signal_type", port.signalType()).build();
    }

    private static AssetPort port(StoredPayload p) {
        return new AssetPort(p.string("name"), p.enumValue("direction", PortDirection.class), p.string("signal_type"));
    }
}
