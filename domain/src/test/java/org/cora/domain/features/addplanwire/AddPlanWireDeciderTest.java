package org.cora.domain.features.addplanwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.AXIS;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_2;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_3;
import static org.cora.domain.testing.EquipmentFixtures.in;
import static org.cora.domain.testing.EquipmentFixtures.json;
import static org.cora.domain.testing.EquipmentFixtures.out;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.AssetLifecycle;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.plan.InvalidPlanWireError;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanEvolver;
import org.cora.domain.plan.PlanId;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.plan.PlanWireAlreadyExistsError;
import org.cora.domain.plan.PlanWireAssetNotInPlanError;
import org.cora.domain.plan.PlanWireDirectionError;
import org.cora.domain.plan.PlanWireFanInError;
import org.cora.domain.plan.PlanWirePortNotFoundError;
import org.cora.domain.plan.PlanWirePseudoAxisArityExceededError;
import org.cora.domain.plan.PlanWirePseudoAxisOutputPortError;
import org.cora.domain.plan.PlanWirePseudoAxisSignalTypeError;
import org.cora.domain.plan.PlanWireRefusal;
import org.cora.domain.plan.PlanWireSelfLoopError;
import org.cora.domain.plan.PlanWireSignalTypeMismatchError;
import org.cora.domain.plan.Wire;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

/** Reference 3.5: every wire rule, one at a time, in order; strict (a duplicate is refused). */
class AddPlanWireDeciderTest {

    static final PlanId PLAN = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");
    static final UUID OUTSIDER = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000f00");
    static final String SUM_OF_TWO = "{\"kind\":\"Aggregation\",\"aggregator_kind\":\"Sum\",\"constituent_count\":2}";

    static Asset motor(UUID id) {
        return new Asset(new AssetId(id), "motor", AssetLifecycle.Active,
                List.of(out("enc", "Encoder"), in("trig", "TTL"), out("gate", "TTL"), in("enc_in", "Encoder")), null, null);
    }

    static Asset axis(String rule, AssetPort... ports) {
        return new Asset(new AssetId(AXIS), "energy", AssetLifecycle.Active, List.of(ports),
                rule == null ? null : json(rule), null);
    }

    static Asset standardAxis(String rule) {
        return axis(rule, in("c1", "Encoder"), in("c2", "Encoder"), in("c3", "Encoder"), in("t", "TTL"),
                out("rbv", "Encoder"));
    }

    private static AggregateScenario<Plan, PlanEvent> given(Wire... wires) {
        List<PlanEvent> history = new ArrayList<>(List.of(new PlanDefined(PLAN, List.of(MOTOR_1, MOTOR_2, MOTOR_3, AXIS), NOW)));
        for (Wire wire : wires) {
            history.add(new PlanWireAdded(PLAN, wire, NOW));
        }
        return AggregateScenario.given(PlanEvolver::fold, history);
    }

    private static AddPlanWireCommand wire(UUID source, String sourcePort, UUID target, String targetPort) {
        return new AddPlanWireCommand(PLAN, source, sourcePort, target, targetPort);
    }

    @Test
    void anOutputWiredToAnInputOfTheSameSignalTypeIsAdded() {
        Plan plan = given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, " enc ", MOTOR_2, "enc_in"),
                        motor(MOTOR_1), motor(MOTOR_2), NOW))
                .then(new PlanWireAdded(PLAN, new Wire(MOTOR_1, "enc", MOTOR_2, "enc_in"), NOW));
        assertThat(plan.wires()).containsExactly(new Wire(MOTOR_1, "enc", MOTOR_2, "enc_in"));
    }

    @Test
    void rule1ASelfLoopOnOnePortIsRefusedButTwoPortsOfOneAssetMayBeWired() {
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_1, "enc"), null, null, NOW))
                .thenRefused(PlanWireSelfLoopError.class);
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "gate", MOTOR_1, "trig"), motor(MOTOR_1),
                motor(MOTOR_1), NOW)).then(new PlanWireAdded(PLAN, new Wire(MOTOR_1, "gate", MOTOR_1, "trig"), NOW));
    }

    @Test
    void rule2BothAssetsMustBeBoundByThePlanBeforeTheyAreLoaded() {
        PlanWireAssetNotInPlanError error = given().when(s -> AddPlanWireDecider.decide(s,
                wire(OUTSIDER, "enc", MOTOR_2, "enc_in"), null, null, NOW)).thenRefused(PlanWireAssetNotInPlanError.class);
        assertThat(error).hasMessageContaining(OUTSIDER.toString());
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", OUTSIDER, "enc_in"), motor(MOTOR_1), null, NOW))
                .thenRefused(PlanWireAssetNotInPlanError.class);
    }

    @Test
    void anAssetOfThePlanThatDoesNotExistIsNotFound() {
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_2, "enc_in"), motor(MOTOR_1), null, NOW))
                .thenRefused(AssetNotFoundError.class);
    }

    @Test
    void rule3BothPortsMustExist() {
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "nope", MOTOR_2, "enc_in"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWirePortNotFoundError.class);
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_2, "nope"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWirePortNotFoundError.class);
    }

    @Test
    void rule4AWireRunsFromAnOutputToAnInput() {
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc_in", MOTOR_2, "enc_in"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWireDirectionError.class);
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_2, "enc"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWireDirectionError.class);
    }

    @Test
    void rule5TheSignalTypesMustBeEqual() {
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_2, "trig"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWireSignalTypeMismatchError.class);
    }

    @Test
    void rule6FanInIsRefusedFanOutIsAllowedAndADuplicateIsRefused() {
        Wire first = new Wire(MOTOR_1, "enc", MOTOR_2, "enc_in");
        given(first).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_3, "enc", MOTOR_2, "enc_in"), motor(MOTOR_3),
                motor(MOTOR_2), NOW)).thenRefused(PlanWireFanInError.class);
        given(first).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_3, "enc_in"), motor(MOTOR_1),
                motor(MOTOR_3), NOW)).then(new PlanWireAdded(PLAN, new Wire(MOTOR_1, "enc", MOTOR_3, "enc_in"), NOW));
        given(first).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_2, "enc_in"), motor(MOTOR_1),
                motor(MOTOR_2), NOW)).thenRefused(PlanWireAlreadyExistsError.class);
    }

    @Test
    void rule7APseudoAxisMustDeclareExactlyOneOutputPort() {
        Asset noOutput = axis(SUM_OF_TWO, in("c1", "Encoder"));
        Asset twoOutputs = axis(SUM_OF_TWO, in("c1", "Encoder"), out("rbv", "Encoder"), out("rbv2", "Encoder"));
        for (Asset target : List.of(noOutput, twoOutputs)) {
            given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", AXIS, "c1"), motor(MOTOR_1), target, NOW))
                    .thenRefused(PlanWirePseudoAxisOutputPortError.class);
        }
        Asset plainAsset = axis(null, in("c1", "Encoder"));
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", AXIS, "c1"), motor(MOTOR_1), plainAsset, NOW))
                .then(new PlanWireAdded(PLAN, new Wire(MOTOR_1, "enc", AXIS, "c1"), NOW));
    }

    @Test
    void rule7UnderWiringIsToleratedButNotMoreWiresThanTheRulesArity() {
        Wire c1 = new Wire(MOTOR_1, "enc", AXIS, "c1");
        Wire c2 = new Wire(MOTOR_2, "enc", AXIS, "c2");
        given(c1).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_2, "enc", AXIS, "c2"), motor(MOTOR_2),
                standardAxis(SUM_OF_TWO), NOW)).then(new PlanWireAdded(PLAN, c2, NOW));
        given(c1, c2).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_3, "enc", AXIS, "c3"), motor(MOTOR_3),
                standardAxis(SUM_OF_TWO), NOW)).thenRefused(PlanWirePseudoAxisArityExceededError.class);
        for (String single : List.of("{\"kind\":\"Affine\",\"gain\":1}", "{\"kind\":\"LookupTable\",\"constituent_count\":5}")) {
            given(c1).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_2, "enc", AXIS, "c2"), motor(MOTOR_2),
                    standardAxis(single), NOW)).thenRefused(PlanWirePseudoAxisArityExceededError.class);
        }
        given(c1, c2).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_3, "enc", AXIS, "c3"), motor(MOTOR_3),
                standardAxis("{\"kind\":\"SolverReference\"}"), NOW))
                .then(new PlanWireAdded(PLAN, new Wire(MOTOR_3, "enc", AXIS, "c3"), NOW));
    }

    @Test
    void rule7AllSourcesWiredIntoAPseudoAxisShareOneSignalType() {
        Wire c1 = new Wire(MOTOR_1, "enc", AXIS, "c1");
        given(c1).when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_2, "gate", AXIS, "t"), motor(MOTOR_2),
                standardAxis(SUM_OF_TWO), NOW)).thenRefused(PlanWirePseudoAxisSignalTypeError.class);
    }

    @Test
    void everyWireRefusalIsAPlanWireRefusalNamingThePlanAndTheWire() {
        PlanWireRefusal refusal = given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, "enc", MOTOR_1, "enc"),
                null, null, NOW)).thenRefused(PlanWireRefusal.class);
        assertThat(refusal.planId()).isEqualTo(PLAN);
        assertThat(refusal.wire()).isEqualTo(new Wire(MOTOR_1, "enc", MOTOR_1, "enc"));
    }

    @Test
    void theOrderIsPlanThenShapeThenTheRules() {
        AggregateScenario.given(PlanEvolver::fold, List.<PlanEvent>of())
                .when(s -> AddPlanWireDecider.decide(s, wire(null, "", null, ""), null, null, NOW))
                .thenRefused(PlanNotFoundError.class);
        given().when(s -> AddPlanWireDecider.decide(s, wire(MOTOR_1, " ", MOTOR_1, " "), null, null, NOW))
                .thenRefused(InvalidPlanWireError.class);
        given().when(s -> AddPlanWireDecider.decide(s, wire(null, "a", MOTOR_1, "b"), null, null, NOW))
                .thenRefused(InvalidPlanWireError.class);
    }
}
