package org.cora.domain.features.startrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.EquipmentFixtures.MOTOR_1;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanId;
import org.cora.domain.plan.PlanNotFoundError;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunAlreadyExistsError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.run.RunEvolver;
import org.cora.domain.run.RunId;
import org.cora.domain.run.RunStatus;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class StartRunDeciderTest {

    static final PlanId PLAN_ID = PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0");
    static final RunId RUN = RunId.of("0190f5a8-7d3e-7000-8000-00000000c1a0");
    static final Plan PLAN = new Plan(PLAN_ID, List.of(MOTOR_1), List.of());

    private static AggregateScenario<Run, RunEvent> given(RunEvent... history) {
        return AggregateScenario.given(RunEvolver::fold, List.of(history));
    }

    @Test
    void aRunOfAnExistingPlanStartsRunning() {
        Run run = given().when(s -> StartRunDecider.decide(s, new StartRunCommand(PLAN_ID), PLAN, RUN, NOW))
                .then(new RunStarted(RUN, PLAN_ID, NOW));
        assertThat(run.status()).isEqualTo(RunStatus.Running);
        assertThat(run.planId()).isEqualTo(PLAN_ID);
    }

    @Test
    void aMissingPlanIsNotFoundBeforeTheStreamIsChecked() {
        given(new RunStarted(RUN, PLAN_ID, NOW)).when(s -> StartRunDecider.decide(s, new StartRunCommand(PLAN_ID), null, RUN, NOW))
                .thenRefused(PlanNotFoundError.class);
        given(new RunStarted(RUN, PLAN_ID, NOW)).when(s -> StartRunDecider.decide(s, new StartRunCommand(PLAN_ID), PLAN, RUN, NOW))
                .thenRefused(RunAlreadyExistsError.class);
    }
}
