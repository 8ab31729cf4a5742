package org.cora.domain.testing;

import static org.cora.domain.testing.FixedClock.NOW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetEvent.AssetRegistered;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.asset.PortDirection;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** Test data for Assets, Calibrations, Plans and Runs. */
public final class EquipmentFixtures {

    public static final AssetId ASSET = AssetId.of("0190f5a8-7d3e-7000-8000-00000000a5e1");
    public static final UUID MOTOR_1 = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000b01");
    public static final UUID MOTOR_2 = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000b02");
    public static final UUID MOTOR_3 = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000b03");
    public static final UUID AXIS = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000a11");
    public static final Instant EARLIER = NOW.minusSeconds(3600);

    private EquipmentFixtures() {
    }

    public static AssetPort in(String name, String signalType) {
        return new AssetPort(name, PortDirection.Input, signalType);
    }

    public static AssetPort out(String name, String signalType) {
        return new AssetPort(name, PortDirection.Output, signalType);
    }

    public static AssetRegistered registered(AssetId id, AssetPort... ports) {
        return new AssetRegistered(id, "stage x", List.of(ports), EARLIER);
    }

    public static List<AssetEvent> assetIn(AssetLifecycle lifecycle, AssetPort... ports) {
        List<AssetEvent> history = new ArrayList<>(List.of(registered(ASSET, ports)));
        AssetLifecycle at = AssetLifecycle.Commissioned;
        for (AssetLifecycle next : List.of(AssetLifecycle.Active, AssetLifecycle.Maintenance)) {
            if (at == lifecycle) {
                break;
            }
            history.add(new AssetLifecycleChanged(ASSET, at, next, EARLIER));
            at = next;
        }
        if (lifecycle == AssetLifecycle.Decommissioned) {
            history.add(new AssetLifecycleChanged(ASSET, at, lifecycle, EARLIER));
        }
        return history;
    }

    public static AssetPartitionRuleUpdated ruled(AssetId id, String ruleJson) {
        return new AssetPartitionRuleUpdated(id, (Json.Obj) JsonParser.parse(ruleJson), EARLIER);
    }

    public static Json.Obj json(String text) {
        return (Json.Obj) JsonParser.parse(text);
    }
}
