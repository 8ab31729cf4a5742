package org.cora.application.wire;

import java.util.Map;
import java.util.UUID;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.calibration.Calibration;
import org.cora.domain.calibration.CalibrationRevision;
import org.cora.domain.json.Json;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.Wire;
import org.cora.domain.run.Run;

/** The response shapes of Assets, Calibrations, Plans and Runs, snake_case like the rest of the wire contract. */
public final class EquipmentViews {

    private EquipmentViews() {
    }

    public static Map<String, Object> asset(Asset a) {
        return JsonViews.plain(Json.Obj.builder()
                .put("asset_id", a.id().toString())
                .put("name", a.name())
                .put("lifecycle", a.lifecycle().name())
                .put("ports", new Json.Arr(a.ports().stream().map(p -> (Json) port(p)).toList()))
                .put("partition_rule", a.partitionRule() == null ? Json.NULL : a.partitionRule())
                .put("setpoint_address", a.controlBinding() == null ? null : a.controlBinding().setpointAddress())
                .put("readback_address", a.controlBinding() == null ? null : a.controlBinding().readbackAddress())
                .build());
    }

    public static Map<String, Object> calibration(Calibration c) {
        return JsonViews.plain(Json.Obj.builder()
                .put("calibration_id", c.id().toString())
                .put("quantity", c.quantity().wireName())
                .put("revisions", new Json.Arr(c.revisions().stream().map(r -> (Json) revision(r)).toList()))
                .build());
    }

    public static Map<String, Object> plan(Plan p) {
        return JsonViews.plain(Json.Obj.builder()
                .put("plan_id", p.id().toString())
                .put("asset_ids", Json.of(p.assetIds().stream().map(UUID::toString).toList()))
                .put("wires", new Json.Arr(p.wires().stream().map(w -> (Json) wire(w)).toList()))
                .build());
    }

    public static Map<String, Object> run(Run r) {
        return JsonViews.plain(Json.Obj.builder()
                .put("run_id", r.id().toString())
                .put("plan_id", r.planId().toString())
                .put("status", r.status().name())
                .put("held_reason", r.heldReason())
                .build());
    }

    private static Json.Obj port(AssetPort p) {
        return Json.Obj.builder().put("name", p.name()).put("direction", p.direction().name())
                .put("signal_type", p.signalType()).build();
    }

    private static Json.Obj revision(CalibrationRevision r) {
        return Json.Obj.builder().put("revision_id", r.revisionId().toString()).put("value", r.value())
                .put("established_at", r.establishedAt().toString()).put("established_by", r.establishedBy()).build();
    }

    private static Json.Obj wire(Wire w) {
        return Json.Obj.builder().put("source_asset_id", w.sourceAssetId().toString())
                .put("source_port_name", w.sourcePortName()).put("target_asset_id", w.targetAssetId().toString())
                .put("target_port_name", w.targetPortName()).build();
    }
}
