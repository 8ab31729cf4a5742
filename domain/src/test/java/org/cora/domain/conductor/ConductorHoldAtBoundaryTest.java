package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureHoldPendingError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.RecordingProcedureLifecycle;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;

/**
 * A hold asked for while a conductor walks lands on a step boundary: the step in progress finishes
 * and journals its outcome, no further step starts, and the conductor holds the Procedure itself.
 * Two ways to learn of it: the hold signal asked before every step, and the journal refusing the
 * next {@code in_flight} marker.
 */
class ConductorHoldAtBoundaryTest {

    private static final String A = "2bma:a";
    private static final String B = "2bma:b";
    private static final String C = "2bma:c";

    private final ConductorRig rig = new ConductorRig();

    private static List<Step> threeSetpoints() {
        return List.of(Steps.setpoint(A, 1), Steps.setpoint(B, 2), Steps.setpoint(C, 3));
    }

    @Test
    void theHoldSignalIsAskedBeforeEveryStepAndOnceAfterTheLastWithTheCall() {
        rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(rig.holdSignal.asks()).containsExactly(CALL, CALL, CALL, CALL);
    }

    @Test
    void aHoldAskedForDuringTheLastStepHoldsInsteadOfCompleting() {
        rig.holdSignal.holdingFromAsk(3, "look before completion");
        rig.port.routing(A, ActuationKind.Physical);

        ConductorResult result = rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 3, null, ActuationKind.Physical, true));
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("hold", CALL, "look before completion", ActuationKind.Physical, false));
    }

    @Test
    void aHoldAskedForAfterStepOneHoldsBeforeStepTwoStarts() {
        rig.holdSignal.holdingFromAsk(1, "shift change");
        rig.port.routing(A, ActuationKind.Physical);

        ConductorResult result = rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, ActuationKind.Physical, true));
        assertThat(result.held()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(rig.port.calls()).containsExactly(write(A, Json.num(1)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok");
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("hold", CALL, "shift change", ActuationKind.Physical, false));
        assertThat(rig.holdSignal.asks()).hasSize(2);
    }

    @Test
    void aHoldAskedForBeforeTheFirstStepHoldsWithNothingDone() {
        rig.holdSignal.holdingFromAsk(0, "not today");

        ConductorResult result = rig.conductor().conductOrHold(CALL, threeSetpoints());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, null, true));
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
        assertThat(rig.lifecycle.only("hold").reason()).isEqualTo("not today");
    }

    @Test
    void aMarkerRefusedBecauseAHoldIsPendingHoldsAtThatBoundaryWithNoEffectForTheStep() {
        rig.journal.refusingRow(2, new ProcedureHoldPendingError(PROCEDURE_ID, "operator: beam dump"));

        ConductorResult result = rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, null, true));
        assertThat(rig.port.calls()).containsExactly(write(A, Json.num(1)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok");
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("hold", CALL, "operator: beam dump", null, false));
    }

    @Test
    void aRefusedMarkerOfAnActionMeansItsBodyNeverRuns() {
        List<Json.Obj> runs = new ArrayList<>();
        rig.withAction("collect", context -> {
            runs.add(context.params());
            return Json.Obj.EMPTY;
        });
        rig.journal.refusingRow(2, new ProcedureHoldPendingError(PROCEDURE_ID, "pause"));

        ConductorResult result = rig.conductor().conductOrHold(CALL,
                List.of(Steps.setpoint(A, 1), Steps.action("collect")));

        assertThat(result.held()).isTrue();
        assertThat(runs).isEmpty();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
    }

    @Test
    void aHoldLandsOnTheReplayBoundaryToo() {
        rig.journal.refusingRow(0, new ProcedureHoldPendingError(PROCEDURE_ID, "pause"));

        ConductorResult result = rig.conductor().conductFrom(CALL, threeSetpoints(), 1, ActuationKind.Simulated,
                Map.of());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, ActuationKind.Simulated, true));
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.lifecycle.phases()).containsExactly("resume", "hold");
        assertThat(rig.lifecycle.only("hold").actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    @Test
    void aRefusedHoldAtABoundaryIsALifecycleFailureAndNothingElseIsAttempted() {
        ProcedureCannotHoldError refused = new ProcedureCannotHoldError(PROCEDURE_ID, ProcedureStatus.Aborted);
        rig.holdSignal.holdingFromAsk(1, "shift change");
        rig.lifecycle.refusingHold(refused);

        ConductorResult result = rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, new ConductorFailure(null, "lifecycle", "hold",
                "ProcedureCannotHoldError", refused.getMessage()), null, false));
        assertThat(result.succeeded()).isFalse();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
    }

    @Test
    void anUnauthorizedHoldAtABoundaryIsReRaised() {
        UnauthorizedError denied = new UnauthorizedError("alice", "HoldProcedure", "no");
        rig.holdSignal.holdingFromAsk(0, "shift change");
        rig.lifecycle.refusingHold(denied);

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> rig.conductor().conduct(CALL, threeSetpoints()))).isSameAs(denied);
    }

    @Test
    void theHeldResultCarriesNoFailureSoItIsNotAnAcquisitionHalt() {
        rig.holdSignal.holdingFromAsk(0, "pause");

        ConductorResult result = rig.conductor().conduct(CALL, threeSetpoints());

        assertThat(result.failure()).isNull();
        assertThat(result.acquisitionHalt()).isFalse();
    }

    /**
     * {@code execute} never touches the lifecycle, so it cannot hold; a walk it stopped early for
     * a pending hold must not be reported as one that ran to its end ({@link ConductorResult#succeeded()}).
     */
    @Test
    void anExecuteStoppedByAPendingHoldIsNotReportedAsSucceeded() {
        rig.holdSignal.holdingFromAsk(1, "shift change");

        ConductorResult result = rig.conductor().execute(CALL, threeSetpoints());

        assertThat(result.succeeded() && result.completedCount() < threeSetpoints().size())
                .as("succeeded() with %s of 3 steps done: %s", result.completedCount(), result).isFalse();
    }
}
