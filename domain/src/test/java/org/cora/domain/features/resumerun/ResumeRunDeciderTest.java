package org.cora.domain.features.resumerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.FixedClock.NOW;

import java.util.List;
import org.cora.domain.plan.PlanId;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunCannotResumeError;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunEvent.RunHeld;
import org.cora.domain.run.RunEvent.RunResumed;
import org.cora.domain.run.RunEvent.RunStarted;
import org.cora.domain.run.RunEvolver;
import org.cora.domain.run.RunId;
import org.cora.domain.run.RunNotFoundError;
import org.cora.domain.run.RunStatus;
import org.cora.domain.testing.AggregateScenario;
import org.junit.jupiter.api.Test;

class ResumeRunDeciderTest {

    static final RunId RUN = RunId.of("0190f5a8-7d3e-7000-8000-00000000c1a0");
    static final RunStarted STARTED = new RunStarted(RUN, PlanId.of("0190f5a8-7d3e-7000-8000-00000000b1a0"), NOW);

    private static AggregateScenario<Run, RunEvent> given(RunEvent... history) {
        return AggregateScenario.given(RunEvolver::fold, List.of(history));
    }

    @Test
    void aHeldRunResumesRunningAndForgetsItsHoldReason() {
        Run run = given(STARTED, new RunHeld(RUN, "a", NOW)).when(s -> ResumeRunDecider.decide(s, new ResumeRunCommand(RUN), NOW))
                .then(new RunResumed(RUN, NOW));
        assertThat(run.status()).isEqualTo(RunStatus.Running);
        assertThat(run.heldReason()).isNull();
    }

    @Test
    void resumingARunningRunIsRefusedAndAnUnknownRunIsNotFound() {
        given(STARTED).when(s -> ResumeRunDecider.decide(s, new ResumeRunCommand(RUN), NOW)).thenRefused(RunCannotResumeError.class);
        given().when(s -> ResumeRunDecider.decide(s, new ResumeRunCommand(RUN), NOW)).thenRefused(RunNotFoundError.class);
    }
}
