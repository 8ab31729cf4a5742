package org.cora.domain.features.removeplanwire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_2;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvent.PlanWireAdded;
import org.cora.domain.plan.PlanEvent.PlanWireRemoved;
import org.cora.domain.plan.PlanEvolver;
import org.cora.domain.plan.PlanId;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.plan.PlanWireNotFoundError;
import org.cora.domain.plan.Wire;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class RemovePlanWireDeciderTest {

    static final PlanId PLAN = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");
    static final Wire WIRE = new Wire(MOTOR_1, "enc", MOTOR_2, "enc_in");

    private static AggregateScenario<Plan, PlanEvent> given(PlanEvent... history) {
        return AggregateScenario.given(PlanEvolver::fold, List.of(history));
    }

    @Test
    void aWireIsRemovedByItsFourTupleAndRemovingItAgainIsNotFound() {
        PlanDefined defined = new PlanDefined(PLAN, List.of(MOTOR_1, MOTOR_2), NOW);
        PlanWireAdded added = new PlanWireAdded(PLAN, WIRE, NOW);
        Plan plan = given(defined, added).when(s -> RemovePlanWireDecider.decide(s,
                new RemovePlanWireCommand(PLAN, MOTOR_1, " enc", MOTOR_2, "enc_in "), NOW))
                .then(new PlanWireRemoved(PLAN, WIRE, NOW));
        assertThat(plan.wires()).isEmpty();
        given(defined, added, new PlanWireRemoved(PLAN, WIRE, NOW)).when(s -> RemovePlanWireDecider.decide(s,
                new RemovePlanWireCommand(PLAN, MOTOR_1, "enc", MOTOR_2, "enc_in"), NOW))
                .thenRefused(PlanWireNotFoundError.class);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        given().when(s -> RemovePlanWireDecider.decide(s, new RemovePlanWireCommand(PLAN, MOTOR_1, "enc", MOTOR_2, "x"), NOW))
                .thenRefused(PlanNotFoundError.class);
    }
}
