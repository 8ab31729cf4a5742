package org.cora.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.EquipmentFixtures.ASSET;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_2;
import static org.cora.domain.testing.EquipmentFixtures.in;
import static org.cora.domain.testing.EquipmentFixtures.json;
import static org.cora.domain.testing.EquipmentFixtures.out;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetControlBound;
import org.cora.domain.asset.AssetEvent.AssetLifecycleChanged;
import org.cora.domain.asset.AssetEvent.AssetPartitionRuleUpdated;
import org.cora.domain.asset.AssetEvent.AssetPortAdded;
import org.cora.domain.asset.AssetEvent.AssetPortRemoved;
import org.cora.domain.asset.AssetEvent.AssetRegistered;
import org.cora.domain.asset.AssetEventCodec;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.ControlBinding;
import org.cora.domain.asset.MalformedAssetEventError;
import org.cora.domain.asset.UnknownAssetEventTypeError;
import org.cora.domain.calibration.CalibrationEvent.CalibrationDefined;
import org.cora.domain.calibration.CalibrationEvent.CalibrationRevisionAdded;
import org.cora.domain.calibration.CalibrationEventCodec;
import org.cora.domain.calibration.CalibrationId;
import org.cora.domain.calibration.CalibrationQuantity;
import org.cora.domain.calibration.MalformedCalibrationEventError;
import org.cora.domain.calibration.UnknownCalibrationEventTypeError;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanEvent.PlanWireRemoved;
import org.cora.domain.run.MalformedRunEventError;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunEvent.RunResumed;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.run.RunEventCodec;
import org.cora.domain.run.RunId;
import org.cora.domain.run.UnknownRunEventTypeError;
import org.cora.domain.shared.AggregateEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Asset, Calibration, Plan and Run event: exact snake_case keys, a lossless round trip through stored text. */
class EquipmentEventCodecTest {

    static final PlanId PLAN = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");
    static final RunId RUN = RunId.of("0190f5a8-7d3e-7000-8000-00000000c1a0");
    static final CalibrationId CAL = CalibrationId.of("0190f5a8-7d3e-7000-8000-0000000ca1b0");
    static final UUID REV = UUID.fromString("0190f5a8-7d3e-7000-8000-0000000000e1");
    static final Wire WIRE = new Wire(MOTOR_1, "enc", MOTOR_2, "enc_in");

    record Case(AggregateEvent event, Set<String> keys, Function<AggregateEvent, Json.Obj> encode,
                BiFunction<String, Json.Obj, AggregateEvent> decode) {
        @Override
        public String toString() {
            return event.eventType();
        }
    }

    static Case asset(AssetEvent event, String... keys) {
        return new Case(event, Set.of(keys), e -> AssetEventCodec.toPayload((AssetEvent) e), AssetEventCodec::fromStored);
    }

    static Case other(AggregateEvent event, String... keys) {
        return switch (event) {
            case PlanEvent p -> new Case(event, Set.of(keys), e -> PlanEventCodec.toPayload((PlanEvent) e), PlanEventCodec::fromStored);
            case org.cora.domain.run.RunEvent r -> new Case(event, Set.of(keys),
                    e -> RunEventCodec.toPayload((org.cora.domain.run.RunEvent) e), RunEventCodec::fromStored);
            case org.cora.domain.calibration.CalibrationEvent c -> new Case(event, Set.of(keys),
                    e -> CalibrationEventCodec.toPayload((org.cora.domain.calibration.CalibrationEvent) e),
                    CalibrationEventCodec::fromStored);
            default -> throw new IllegalArgumentException(event.toString());
        };
    }

    static Stream<Case> everyEvent() {
        return Stream.of(
                asset(new AssetRegistered(ASSET, "stage", List.of(in("a", "TTL"), out("b", "Encoder")), NOW),
                        "asset_id", "name", "ports", "occurred_at"),
                asset(new AssetPortAdded(ASSET, in("c", "TTL"), NOW), "asset_id", "port", "occurred_at"),
                asset(new AssetPortRemoved(ASSET, "c", NOW), "asset_id", "port_name", "occurred_at"),
                asset(new AssetLifecycleChanged(ASSET, AssetLifecycle.Active, AssetLifecycle.Maintenance, NOW),
                        "asset_id", "from_lifecycle", "to_lifecycle", "occurred_at"),
                asset(new AssetPartitionRuleUpdated(ASSET, json("{\"kind\":\"Affine\",\"gain\":2.5}"), NOW),
                        "asset_id", "partition_rule", "occurred_at"),
                asset(new AssetPartitionRuleUpdated(ASSET, null, NOW), "asset_id", "partition_rule", "occurred_at"),
                asset(new AssetControlBound(ASSET, new ControlBinding("sim:m1", "sim:m1.RBV"), NOW),
                        "asset_id", "setpoint_address", "readback_address", "occurred_at"),
                asset(new AssetControlBound(ASSET, new ControlBinding("sim:m1", null), NOW),
                        "asset_id", "setpoint_address", "readback_address", "occurred_at"),
                other(new CalibrationDefined(CAL, CalibrationQuantity.ENERGY_POSITION_CURVE, NOW),
                        "calibration_id", "quantity", "occurred_at"),
                other(new CalibrationRevisionAdded(CAL, REV, JsonParser.parse("{\"points\":[[1,2],[3,4.5]]}"),
                        NOW.minusSeconds(3), "ada", NOW), "calibration_id", "revision_id", "value", "established_at",
                        "established_by", "occurred_at"),
                other(new PlanDefined(PLAN, List.of(MOTOR_2, MOTOR_1), NOW), "plan_id", "asset_ids", "occurred_at"),
                other(new PlanWireAdded(PLAN, WIRE, NOW), "plan_id", "source_asset_id", "source_port_name",
                        "target_asset_id", "target_port_name", "occurred_at"),
                other(new PlanWireRemoved(PLAN, WIRE, NOW), "plan_id", "source_asset_id", "source_port_name",
                        "target_asset_id", "target_port_name", "occurred_at"),
                other(new RunStarted(RUN, PLAN, NOW), "run_id", "plan_id", "occurred_at"),
                other(new RunHeld(RUN, "beam dump", NOW), "run_id", "reason", "occurred_at"),
                other(new RunResumed(RUN, NOW), "run_id", "occurred_at"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void everyEventHasItsExactKeysAndSurvivesARoundTripThroughStoredText(Case c) {
        Json.Obj payload = c.encode().apply(c.event());
        assertThat(payload.fields().keySet()).containsExactlyInAnyOrderElementsOf(c.keys());

        Json.Obj stored = (Json.Obj) JsonParser.parse(payload.toJsonText());
        assertThat(c.decode().apply(c.event().eventType(), stored)).isEqualTo(c.event());
    }

    @Test
    void enumsAreStoredByTheirWireNames() {
        assertThat(AssetEventCodec.toPayload(new AssetLifecycleChanged(ASSET, AssetLifecycle.Active,
                AssetLifecycle.Decommissioned, NOW)).get("to_lifecycle")).contains(Json.str("Decommissioned"));
        assertThat(CalibrationEventCodec.toPayload(new CalibrationDefined(CAL, CalibrationQuantity.ENERGY_POSITION_CURVE, NOW))
                .get("quantity")).contains(Json.str("energy_position_curve"));
        assertThat(AssetEventCodec.toPayload(new AssetPortAdded(ASSET, out("o", "TTL"), NOW)).get("port"))
                .contains(json("{\"name\":\"o\",\"direction\":\"Output\",\"signal_type\":\"TTL\"}"));
    }

    @Test
    void anUnknownEventTypeIsItsAggregatesOwnError() {
        assertThatThrownBy(() -> AssetEventCodec.fromStored("AssetPainted", Json.Obj.EMPTY)).isInstanceOf(UnknownAssetEventTypeError.class);
        assertThatThrownBy(() -> CalibrationEventCodec.fromStored("X", Json.Obj.EMPTY)).isInstanceOf(UnknownCalibrationEventTypeError.class);
        assertThatThrownBy(() -> PlanEventCodec.fromStored("X", Json.Obj.EMPTY)).isInstanceOf(UnknownPlanEventTypeError.class);
        assertThatThrownBy(() -> RunEventCodec.fromStored("X", Json.Obj.EMPTY)).isInstanceOf(UnknownRunEventTypeError.class);
    }

    @Test
    void aMissingRequiredKeyOrAWrongTypeIsAMalformedEvent() {
        Map<String, String> malformedAssets = Map.of(
                "AssetRegistered", "{\"asset_id\":\"" + ASSET + "\",\"name\":\"x\",\"occurred_at\":\"" + NOW + "\"}",
                "AssetLifecycleChanged", "{\"asset_id\":\"" + ASSET + "\",\"from_lifecycle\":\"Active\",\"to_lifecycle\":\"Gone\",\"occurred_at\":\"" + NOW + "\"}",
                "AssetPortAdded", "{\"asset_id\":\"" + ASSET + "\",\"port\":{\"name\":\"a\",\"direction\":\"In\",\"signal_type\":\"t\"},\"occurred_at\":\"" + NOW + "\"}",
                "AssetPortRemoved", "{\"asset_id\":\"not-a-uuid\",\"port_name\":\"a\",\"occurred_at\":\"" + NOW + "\"}");
        malformedAssets.forEach((type, payload) -> assertThatThrownBy(() -> AssetEventCodec.fromStored(type,
                (Json.Obj) JsonParser.parse(payload))).as(type).isInstanceOf(MalformedAssetEventError.class));
        assertThatThrownBy(() -> CalibrationEventCodec.fromStored("CalibrationDefined", json("{\"calibration_id\":\"" + CAL
                + "\",\"quantity\":\"weight\",\"occurred_at\":\"" + NOW + "\"}"))).isInstanceOf(MalformedCalibrationEventError.class);
        assertThatThrownBy(() -> PlanEventCodec.fromStored("PlanWireAdded", json("{\"plan_id\":\"" + PLAN
                + "\",\"occurred_at\":\"" + NOW + "\"}"))).isInstanceOf(MalformedPlanEventError.class);
        assertThatThrownBy(() -> RunEventCodec.fromStored("RunHeld", json("{\"run_id\":\"" + RUN
                + "\",\"occurred_at\":\"yesterday\",\"reason\":\"x\"}"))).isInstanceOf(MalformedRunEventError.class);
    }

    @Test
    void anEventBeforeGenesisCannotBeFolded() {
        assertThatThrownBy(() -> org.cora.domain.asset.AssetEvolver.fold(List.of(new AssetPortRemoved(ASSET, "a", NOW))))
                .isInstanceOf(MalformedAssetEventError.class);
        assertThatThrownBy(() -> PlanEvolver.fold(List.of(new PlanWireAdded(PLAN, WIRE, NOW))))
                .isInstanceOf(MalformedPlanEventError.class);
    }
}
