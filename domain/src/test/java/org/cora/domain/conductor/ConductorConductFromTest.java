package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.RecordingProcedureLifecycle;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference 4.9 and scenario 18: resume, replay the pinned tail, then complete, stay Running at an
 * acquisition halt, or abort; the prefix's actuation kind is merged with the tail's.
 */
class ConductorConductFromTest {

    private static final String ROT = "2bma:rot:val";
    private static final String EXPOSURE = "2bma:cam:exposure";

    private final ConductorRig rig = new ConductorRig();

    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    private ConductorResult conductFrom(int boundary, ActuationKind prior, Step... pinned) {
        return rig.conductor().conductFrom(CALL, List.of(pinned), boundary, prior, Map.of());
    }

    private static RecordingProcedureLifecycle.Call resumeCall(int boundary) {
        return new RecordingProcedureLifecycle.Call("resume", CALL, null, null, false, boundary);
    }

    @Test
    void aCleanTailResumesReplaysThenCompletes() {
        ConductorResult result = conductFrom(0, null, Steps.setpoint(ROT, 45.0), Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2, null, null, false));
        assertThat(result.succeeded()).isTrue();
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(0),
                new RecordingProcedureLifecycle.Call("complete", CALL, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)), write(EXPOSURE, Json.num(0.025)));
    }

    @Test
    void fromBoundaryOneOnlyTheTailIsReDrivenThenItCompletes() {
        ConductorResult result = conductFrom(1, null, Steps.setpoint(ROT, 45.0), Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(1),
                new RecordingProcedureLifecycle.Call("complete", CALL, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(EXPOSURE, Json.num(0.025)));
        assertThat(rig.journal.indexedResults()).containsExactly("1:in_flight", "1:ok");
    }

    @Test
    void theResumeIsIssuedBeforeAnyStepRuns() {
        rig.port.whenWriting(ROT, () -> assertThat(rig.lifecycle.phases()).containsExactly("resume"));

        conductFrom(0, null, Steps.setpoint(ROT, 45.0));

        assertThat(rig.lifecycle.phases()).containsExactly("resume", "complete");
    }

    @Test
    void anEmptyTailCompletesWithThePriorActuationKind() {
        ConductorResult result = conductFrom(1, ActuationKind.Simulated, Steps.setpoint(ROT, 45.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, ActuationKind.Simulated, false));
        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(ActuationKind.Simulated);
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void anActionInTheTailHaltsForTheOperatorWithoutCompleteOrAbort() {
        rig.port.routing(ROT, ActuationKind.Physical);

        ConductorResult result = conductFrom(0, ActuationKind.Simulated, Steps.setpoint(ROT, 45.0),
                Steps.action("collect"));

        assertThat(result.acquisitionHalt()).isTrue();
        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, new ConductorFailure(1, "action", "collect",
                "AcquisitionResumeRequiresOperator", "resume halted at step 1 (action 'collect'): an interrupted"
                        + " acquisition needs an operator decision (redo-fresh vs reseed); not auto-rerun, not"
                        + " auto-skipped"),
                ActuationKind.Hybrid, false));
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(0));
    }

    @Test
    void anUnconnectedSetpointAbortsWithTheDerivedReasonAndTheMergedKind() {
        rig.port.routing(EXPOSURE, ActuationKind.Physical).failingWrites(EXPOSURE, new ControlNotConnectedError(EXPOSURE));

        ConductorResult result = conductFrom(1, ActuationKind.Physical, Steps.setpoint(ROT, 45.0),
                Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, new ConductorFailure(1, "setpoint", EXPOSURE,
                "ControlNotConnectedError", "Control address '2bma:cam:exposure' not connected"),
                ActuationKind.Physical, false));
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(1), new RecordingProcedureLifecycle.Call("abort",
                CALL, "setpoint[1] 2bma:cam:exposure failed: ControlNotConnectedError: Control address"
                        + " '2bma:cam:exposure' not connected", ActuationKind.Physical, false));
        assertThat(rig.journal.indexedResults()).containsExactly("1:in_flight", "1:failed");
    }

    @Test
    void aFailedCheckInTheTailAbortsItDoesNotHold() {
        rig.port.reading(ROT, org.cora.domain.testing.Readings.good(12.5));

        ConductorResult result = conductFrom(0, null, Steps.checkEquals(ROT, Json.num(45.0)));

        assertThat(result.held()).isFalse();
        assertThat(rig.lifecycle.phases()).containsExactly("resume", "abort");
    }

    static Stream<RuntimeException> resumeRefusals() {
        return Stream.of(new ProcedureCannotResumeError(PROCEDURE_ID, ProcedureStatus.Running, false),
                new ProcedureCannotResumeError(PROCEDURE_ID, ProcedureStatus.Held, true),
                new UnauthorizedError("alice", "ResumeProcedure", "not on the roster"),
                new ProcedureNotFoundError(PROCEDURE_ID),
                new ConcurrencyError("Procedure", PROCEDURE_ID.value(), 4, 5),
                new IllegalStateException("database gone"));
    }

    @ParameterizedTest
    @MethodSource("resumeRefusals")
    void everyRefusalOfTheResumePropagatesAndNothingIsReplayed(RuntimeException refusal) {
        rig.lifecycle.refusingResume(refusal);

        Throwable thrown = catchThrowable(() -> conductFrom(0, null, Steps.setpoint(ROT, 45.0)));

        assertThat(thrown).isSameAs(refusal);
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
        assertThat(rig.holdSignal.asks()).isEmpty();
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(0));
    }

    static Stream<Arguments> actuationMerges() {
        return Stream.of(
                Arguments.of(null, ActuationKind.Simulated, ActuationKind.Simulated),
                Arguments.of(ActuationKind.Simulated, null, ActuationKind.Simulated),
                Arguments.of(ActuationKind.Physical, ActuationKind.Physical, ActuationKind.Physical),
                Arguments.of(ActuationKind.Simulated, ActuationKind.Physical, ActuationKind.Hybrid),
                Arguments.of(ActuationKind.Physical, ActuationKind.Simulated, ActuationKind.Hybrid));
    }

    @ParameterizedTest(name = "prior {0} + tail {1} = {2}")
    @MethodSource("actuationMerges")
    void thePriorKindIsMergedWithTheTailsAndBothReportedAndCompleted(ActuationKind prior, ActuationKind tail,
                                                                     ActuationKind merged) {
        if (tail != null) {
            rig.port.routing(ROT, tail);
        }

        ConductorResult result = conductFrom(0, prior, Steps.setpoint(ROT, 45.0));

        assertThat(result.actuationKind()).isEqualTo(merged);
        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(merged);
    }

    @Test
    void aSimulatedPrefixAndAPhysicalTailCompleteAsHybrid() {
        rig.port.routing(EXPOSURE, ActuationKind.Physical);

        ConductorResult result = conductFrom(1, ActuationKind.Simulated, Steps.setpoint(ROT, 45.0),
                Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result.actuationKind()).isEqualTo(ActuationKind.Hybrid);
        assertThat(rig.lifecycle.only("complete"))
                .isEqualTo(new RecordingProcedureLifecycle.Call("complete", CALL, null, ActuationKind.Hybrid, false));
    }

    @Test
    void aRefusedCompleteIsALifecycleFailureThatKeepsTheCompletedCount() {
        ProcedureCannotCompleteError refused = new ProcedureCannotCompleteError(PROCEDURE_ID, ProcedureStatus.Aborted);
        rig.lifecycle.refusingComplete(refused);

        ConductorResult result = conductFrom(0, ActuationKind.Simulated, Steps.setpoint(ROT, 45.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, new ConductorFailure(null, "lifecycle",
                "complete", "ProcedureCannotCompleteError", refused.getMessage()), ActuationKind.Simulated, false));
    }

    @Test
    void anUnauthorizedCompleteIsReRaised() {
        UnauthorizedError denied = new UnauthorizedError("alice", "CompleteProcedure", "no");
        rig.lifecycle.refusingComplete(denied);

        assertThat(catchThrowable(() -> conductFrom(0, null, Steps.setpoint(ROT, 45.0)))).isSameAs(denied);
    }

    @Test
    void aFailingAbortStillReturnsTheOriginalStepFailure() {
        rig.lifecycle.refusingAbort(new ProcedureCannotAbortError(PROCEDURE_ID, ProcedureStatus.Completed));
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = conductFrom(0, null, Steps.setpoint(ROT, 45.0));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "setpoint", ROT, "ControlNotConnectedError",
                "Control address '2bma:rot:val' not connected"));
        assertThat(rig.lifecycle.phases()).containsExactly("resume", "abort");
    }

    @Test
    void aCancellationDuringTheReplayPropagatesWithoutAnAbortLeavingTheProcedureRunning() {
        Cancelled cancelled = new Cancelled("operator closed the session");
        rig.port.failingWrites(EXPOSURE, cancelled);

        Throwable thrown = catchThrowable(() -> conductFrom(0, null, Steps.setpoint(ROT, 45.0),
                Steps.setpoint(EXPOSURE, 0.025)));

        assertThat(thrown).isSameAs(cancelled);
        assertThat(rig.lifecycle.phases()).containsExactly("resume");
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight");
    }

    @Test
    void anInterruptBetweenStepsCancelsTheReplayWithoutAnAbort() {
        rig.port.whenWriting(ROT, () -> Thread.currentThread().interrupt());

        Throwable thrown = catchThrowable(() -> conductFrom(0, null, Steps.setpoint(ROT, 45.0),
                Steps.setpoint(EXPOSURE, 0.025)));

        assertThat(thrown).isInstanceOf(Cancelled.class);
        assertThat(rig.lifecycle.phases()).containsExactly("resume");
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)));
    }

    @Test
    void aHoldAskedForDuringTheReplayHoldsAtTheNextBoundary() {
        rig.holdSignal.holdingFromAsk(1, "shift change");
        rig.port.routing(ROT, ActuationKind.Physical);

        ConductorResult result = conductFrom(0, ActuationKind.Simulated, Steps.setpoint(ROT, 45.0),
                Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, ActuationKind.Hybrid, true));
        assertThat(rig.lifecycle.calls()).containsExactly(resumeCall(0),
                new RecordingProcedureLifecycle.Call("hold", CALL, "shift change", ActuationKind.Hybrid, false));
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)));
    }

    @Test
    void aRefusedHoldAtABoundaryDuringTheReplayIsALifecycleFailure() {
        ProcedureCannotHoldError refused = new ProcedureCannotHoldError(PROCEDURE_ID, ProcedureStatus.Aborted);
        rig.holdSignal.holdingFromAsk(0, "shift change");
        rig.lifecycle.refusingHold(refused);

        ConductorResult result = conductFrom(0, null, Steps.setpoint(ROT, 45.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, new ConductorFailure(null, "lifecycle",
                "hold", "ProcedureCannotHoldError", refused.getMessage()), null, false));
        assertThat(rig.lifecycle.phases()).containsExactly("resume", "hold");
    }

    @Test
    void conductFromWithoutLifecycleHandlersIsAWiringErrorBeforeAnythingRuns() {
        assertThatThrownBy(() -> rig.conductorWithoutLifecycle().conductFrom(CALL, List.of(Steps.setpoint(ROT, 1)), 0,
                null, Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
    }
}
