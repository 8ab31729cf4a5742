package org.cora.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.AXIS;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_2;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_3;
import static org.cora.domain.testing.EquipmentFixtures.json;

import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reference 3.5: constituents are the sources wired into the pseudo-axis, by (target port, source id string). */
class PlanWiresConstituentsTest {

    static final PlanId PLAN = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");
    static final UUID OTHER = UUID.fromString("0190f5a8-7d3e-7000-8000-000000000c0c");

    @Test
    void constituentsAreSortedByTargetPortNameThenBySourceAssetIdAsAString() {
        Plan plan = new Plan(PLAN, List.of(MOTOR_1, MOTOR_2, MOTOR_3, AXIS, OTHER), List.of(
                new Wire(MOTOR_1, "enc", AXIS, "b"),
                new Wire(MOTOR_3, "enc", AXIS, "a"),
                new Wire(MOTOR_2, "enc", AXIS, "a"),
                new Wire(MOTOR_1, "enc", OTHER, "a")));

        assertThat(PlanWires.constituentsOf(plan, AXIS)).containsExactly(MOTOR_2, MOTOR_3, MOTOR_1);
    }

    @Test
    void theOrderIsTheStringOrderOfTheIdsNotTheirNumericOrder() {
        UUID high = UUID.fromString("90000000-0000-7000-8000-000000000000");
        UUID negative = UUID.fromString("a0000000-0000-7000-8000-000000000000");
        Plan plan = new Plan(PLAN, List.of(high, negative, AXIS), List.of(
                new Wire(negative, "o", AXIS, "p"), new Wire(high, "o", AXIS, "p")));

        assertThat(PlanWires.constituentsOf(plan, AXIS)).containsExactly(high, negative);
    }

    @Test
    void nothingWiredIntoTheAxisMeansNoConstituents() {
        Plan plan = new Plan(PLAN, List.of(MOTOR_1, AXIS), List.of(new Wire(AXIS, "rbv", MOTOR_1, "in")));
        assertThat(PlanWires.constituentsOf(plan, AXIS)).isEmpty();
    }

    @Test
    void theArityOfARuleIsOneForAffineAndLookupTableElseItsConstituentCountElseUnknown() {
        assertThat(PlanWires.expectedArity(json("{\"kind\":\"Affine\"}"))).isEqualTo(OptionalInt.of(1));
        assertThat(PlanWires.expectedArity(json("{\"kind\":\"LookupTable\",\"constituent_count\":4}"))).isEqualTo(OptionalInt.of(1));
        assertThat(PlanWires.expectedArity(json("{\"kind\":\"CompositePartition\",\"constituent_count\":3.0}"))).isEqualTo(OptionalInt.of(3));
        assertThat(PlanWires.expectedArity(json("{\"kind\":\"SolverReference\"}"))).isEmpty();
        assertThat(PlanWires.expectedArity(json("{\"kind\":\"Aggregation\",\"constituent_count\":1.5}"))).isEmpty();
        assertThat(PlanWires.expectedArity(null)).isEmpty();
    }
}
