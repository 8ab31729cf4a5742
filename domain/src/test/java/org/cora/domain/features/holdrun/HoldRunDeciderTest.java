package org.cora.domain.features.holdrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.plan.PlanId;
import org.cora.domain.run.InvalidRunHoldReasonError;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunCannotHoldError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.run.RunEvolver;
import org.cora.domain.run.RunId;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class HoldRunDeciderTest {

    static final RunId RUN = RunId.of("0190f5a8-7d3e-7000-8000-00000000c1a0");
    static final RunStarted STARTED = new RunStarted(RUN, PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0"), NOW);

    private static AggregateScenario<Run, RunEvent> given(RunEvent... history) {
        return AggregateScenario.given(RunEvolver::fold, List.of(history));
    }

    @Test
    void aRunningRunIsHeldWithTheTrimmedReason() {
        Run run = given(STARTED).when(s -> HoldRunDecider.decide(s, new HoldRunCommand(RUN, " beam dump "), NOW))
                .then(new RunHeld(RUN, "beam dump", NOW));
        assertThat(run.isHeld()).isTrue();
        assertThat(run.heldReason()).isEqualTo("beam dump");
    }

    @Test
    void holdingAHeldRunIsRefusedStrictly() {
        given(STARTED, new RunHeld(RUN, "a", NOW)).when(s -> HoldRunDecider.decide(s, new HoldRunCommand(RUN, "a"), NOW))
                .thenRefused(RunCannotHoldError.class);
    }

    @Test
    void theOrderIsExistenceThenReasonThenStatus() {
        given().when(s -> HoldRunDecider.decide(s, new HoldRunCommand(RUN, null), NOW)).thenRefused(RunNotFoundError.class);
        given(STARTED, new RunHeld(RUN, "a", NOW)).when(s -> HoldRunDecider.decide(s, new HoldRunCommand(RUN, "r".repeat(501)), NOW))
                .thenRefused(InvalidRunHoldReasonError.class);
        given(STARTED).when(s -> HoldRunDecider.decide(s, new HoldRunCommand(RUN, "r".repeat(500)), NOW))
                .then(new RunHeld(RUN, "r".repeat(500), NOW));
    }
}
