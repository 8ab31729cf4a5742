package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;

import java.util.List;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotHoldError;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.Readings;
import org.cora.domain.testing.RecordingProcedureLifecycle;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reference 4.7 and scenario 19: as conduct, but a failed setpoint or check holds the Procedure
 * (reason derived, observed kind) instead of aborting it; every other failure aborts.
 */
class ConductorConductOrHoldTest {

    private static final String ROT = "2bma:rot:val";
    private static final String SHUTTER = "2bma:shutter";

    private final ConductorRig rig = new ConductorRig();

    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    private ConductorResult conductOrHold(Step... steps) {
        return rig.conductor().conductOrHold(CALL, List.of(steps));
    }

    @Test
    void aFailedSetpointHoldsWithTheDerivedReasonAndKeepsTheFailure() {
        rig.port.routing(ROT, ActuationKind.Simulated).failingWrites(ROT, new ControlNotConnectedError(ROT));
        ConductorFailure failure = new ConductorFailure(0, "setpoint", ROT, "ControlNotConnectedError",
                "Control address '2bma:rot:val' not connected");

        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 12.5), Steps.setpoint(ROT, 13.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, failure, ActuationKind.Simulated, true));
        assertThat(result.held()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("hold", CALL,
                        "setpoint[0] 2bma:rot:val failed: ControlNotConnectedError: Control address '2bma:rot:val'"
                                + " not connected", ActuationKind.Simulated, false));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:failed");
    }

    @Test
    void aFailedCheckHolds() {
        rig.port.reading(SHUTTER, Readings.good(Json.str("Closed")));

        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 1), Steps.checkEquals(SHUTTER, Json.str("Open")));

        assertThat(result.held()).isTrue();
        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(result.failure()).isEqualTo(new ConductorFailure(1, "check", SHUTTER, "CheckFailedError",
                "Check at '2bma:shutter' failed: value \"Closed\" did not equal expected \"Open\""));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
        assertThat(rig.lifecycle.only("hold").reason()).isEqualTo(result.failure().derivedReason());
    }

    @Test
    void aCheckWhoseReadFailsHolds() {
        rig.port.failingReads(SHUTTER, new ControlNotConnectedError(SHUTTER));

        ConductorResult result = conductOrHold(Steps.checkEquals(SHUTTER, Json.str("Open")));

        assertThat(result.held()).isTrue();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
    }

    @Test
    void aRestoreWithoutItsCaptureIsASetpointFailureAndHolds() {
        ConductorResult result = conductOrHold(Steps.restore(ROT, "home"));

        assertThat(result.failure().errorClass()).isEqualTo("UnresolvedCaptureRef");
        assertThat(result.held()).isTrue();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
    }

    @Test
    void anUnregisteredActionAbortsAndIsNotHeld() {
        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 1), Steps.action("collect"));

        assertThat(result.held()).isFalse();
        assertThat(result.failure()).isEqualTo(new ConductorFailure(1, "action", "collect", "UnknownActionError",
                "No action body registered for 'collect'"));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
        assertThat(rig.lifecycle.only("abort").reason())
                .isEqualTo("action[1] collect failed: UnknownActionError: No action body registered for 'collect'");
    }

    @Test
    void anActionWhoseBodyFailsAbortsAndIsNotHeld() {
        rig.withAction("collect", context -> {
            throw new ControlNotConnectedError("2bma:det");
        });

        ConductorResult result = conductOrHold(Steps.action("collect"));

        assertThat(result.held()).isFalse();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
    }

    @Test
    void aFailedCaptureAbortsAndIsNotHeld() {
        rig.port.reading("2bma:sample:x", Readings.good(Json.str("not a number")));

        ConductorResult result = conductOrHold(Steps.capture("2bma:sample:x", "home"));

        assertThat(result.failure().sourceKind()).isEqualTo("capture");
        assertThat(result.held()).isFalse();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
    }

    @Test
    void theRecoverableKindsAreSetpointAndCheck() {
        assertThat(Conductor.RECOVERABLE_KINDS).containsExactlyInAnyOrder("setpoint", "check");
    }

    @Test
    void aCleanWalkCompletes() {
        rig.port.routing(ROT, ActuationKind.Physical);

        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 1));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, ActuationKind.Physical, false));
        assertThat(result.succeeded()).isTrue();
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("complete", CALL, null, ActuationKind.Physical, false));
    }

    @Test
    void anEmptyListStartsAndCompletes() {
        ConductorResult result = conductOrHold();

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, null, false));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "complete");
    }

    static Stream<RuntimeException> holdFailures() {
        return Stream.of(new ProcedureCannotHoldError(PROCEDURE_ID, ProcedureStatus.Aborted),
                new UnauthorizedError("alice", "HoldProcedure", "no"),
                new ConcurrencyError("Procedure", PROCEDURE_ID.value(), 5, 6),
                new IllegalStateException("database gone"));
    }

    /**
     * Reference 4.7: "Hold failed => plain result, held=false, Procedure left Running" (and 6.9:
     * "failure of the transition itself leaves Running"); scenario 19: "hold handler failing =>
     * held=false, status Running, original failure surfaced". So no abort may follow a failed hold.
     */
    @ParameterizedTest
    @MethodSource("holdFailures")
    void aFailingHoldReturnsThePlainResultAndLeavesTheProcedureRunningWithoutAnAbort(RuntimeException holdFailure) {
        rig.lifecycle.refusingHold(holdFailure);
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 1));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, new ConductorFailure(0, "setpoint", ROT,
                "ControlNotConnectedError", "Control address '2bma:rot:val' not connected"), null, false));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "hold");
    }

    @Test
    void aRefusedStartIsALifecycleFailureAndNothingHolds() {
        ProcedureCannotStartError refused = new ProcedureCannotStartError(PROCEDURE_ID, ProcedureStatus.Completed);
        rig.lifecycle.refusingStart(refused);

        ConductorResult result = conductOrHold(Steps.setpoint(ROT, 1));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0,
                new ConductorFailure(null, "lifecycle", "start", "ProcedureCannotStartError", refused.getMessage()),
                null, false));
        assertThat(rig.lifecycle.phases()).containsExactly("start");
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void aCancellationAbortsAsCancelledAndNeverHolds() {
        Cancelled cancelled = new Cancelled("cancelled");
        rig.port.failingWrites(ROT, cancelled);

        assertThat(catchThrowable(() -> conductOrHold(Steps.setpoint(ROT, 1)))).isSameAs(cancelled);
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
        assertThat(rig.lifecycle.only("abort").reason()).isEqualTo(Conductor.CANCELLED_REASON);
        assertThat(rig.lifecycle.only("abort").actuationKind()).isNull();
    }

    @Test
    void conductOrHoldWithoutLifecycleHandlersIsAWiringErrorBeforeAnythingRuns() {
        assertThatThrownBy(() -> rig.conductorWithoutLifecycle().conductOrHold(CALL, List.of(Steps.setpoint(ROT, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void plainConductStillAbortsAFailedSetpointInsteadOfHolding() {
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = rig.conductor().conduct(CALL, List.of(Steps.setpoint(ROT, 1)));

        assertThat(result.held()).isFalse();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
    }
}
