package org.cora.domain.features.defineplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_2;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.plan.InvalidPlanAssetsError;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanAlreadyExistsError;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanEvent.PlanDefined;
import org.cora.domain.plan.PlanEvolver;
import org.cora.domain.plan.PlanId;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class DefinePlanDeciderTest {

    static final PlanId ID = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");

    private static AggregateScenario<Plan, PlanEvent> given(List<PlanEvent> history) {
        return AggregateScenario.given(PlanEvolver::fold, history);
    }

    @Test
    void aPlanBindsTheDistinctAssetsSortedAndHasNoWires() {
        Plan state = given(List.of()).when(s -> DefinePlanDecider.decide(s, new DefinePlanCommand(List.of(MOTOR_2, MOTOR_1, MOTOR_2)), ID, NOW))
                .then(new PlanDefined(ID, List.of(MOTOR_1, MOTOR_2), NOW));
        assertThat(state.assetIds()).containsExactly(MOTOR_1, MOTOR_2);
        assertThat(state.wires()).isEmpty();
    }

    @Test
    void noAssetsIsRefusedBeforeTheStreamIsChecked() {
        List<PlanEvent> existing = List.of(new PlanDefined(ID, List.of(MOTOR_1), NOW));
        given(existing).when(s -> DefinePlanDecider.decide(s, new DefinePlanCommand(List.of()), ID, NOW))
                .thenRefused(InvalidPlanAssetsError.class);
        given(existing).when(s -> DefinePlanDecider.decide(s, new DefinePlanCommand(List.of(MOTOR_1)), ID, NOW))
                .thenRefused(PlanAlreadyExistsError.class);
    }
}
