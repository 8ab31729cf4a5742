package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.features.abortprocedure.AbortProcedureDecider;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotAbortError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureCannotCompleteError;
import org.cora.domain.procedure.ProcedureCannotStartError;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.shared.ConcurrencyError;
import org.cora.domain.shared.DomainError;
import org.cora.domain.shared.UnauthorizedError;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.FixedClock;
import org.cora.domain.testing.ProcedureFixtures;
import org.cora.domain.testing.Readings;
import org.cora.domain.testing.RecordingProcedureLifecycle;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference 4.6 and scenario 9: start, walk, then complete or abort. */
class ConductorConductTest {

    private static final String ROT = "2bma:rot:val";
    private static final String ENERGY = "2bma:energy";

    private final ConductorRig rig = new ConductorRig();

    private ConductorResult conduct(Step... steps) {
        return rig.conductor().conduct(CALL, List.of(steps));
    }

    @Test
    void aCleanWalkStartsThenCompletes() {
        ConductorResult result = conduct(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2, null, null, false));
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("complete", CALL, null, null, false));
    }

    @Test
    void anEmptyConductStartsAndCompletesWithoutActuation() {
        ConductorResult result = conduct();

        assertThat(result.succeeded()).isTrue();
        assertThat(result.completedCount()).isZero();
        assertThat(rig.lifecycle.phases()).containsExactly("start", "complete");
        assertThat(rig.lifecycle.only("complete").actuationKind()).isNull();
    }

    @Test
    void aConductThatOnlyTouchedSimulatorsCompletesAsSimulated() {
        rig.port.routing(ROT, ActuationKind.Simulated).routing(ENERGY, ActuationKind.Simulated);

        ConductorResult result = conduct(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2));

        assertThat(result.actuationKind()).isEqualTo(ActuationKind.Simulated);
        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    @Test
    void aConductThatOnlyTouchedRealEquipmentCompletesAsPhysical() {
        rig.port.routing(ROT, ActuationKind.Physical);

        conduct(Steps.setpoint(ROT, 1));

        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(ActuationKind.Physical);
    }

    @Test
    void aConductThatTouchedBothCompletesAsHybridReadsIncluded() {
        rig.port.routing(ROT, ActuationKind.Simulated).routing("2bma:temp", ActuationKind.Physical)
                .reading("2bma:temp", Readings.good(100));

        conduct(Steps.setpoint(ROT, 1), Steps.checkWithin("2bma:temp", "100", "1"));

        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(ActuationKind.Hybrid);
    }

    @Test
    void anActionBodysControlCallsCountTowardsTheActuationKind() {
        rig.port.routing("2bma:det", ActuationKind.Simulated);
        rig.withAction("collect", context -> {
            context.controlPort().write("2bma:det", Json.num(1), true, ConductorRig.WRITE_TIMEOUT);
            return Json.Obj.EMPTY;
        });

        conduct(Steps.action("collect"));

        assertThat(rig.lifecycle.only("complete").actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    @Test
    void aPortThatSaysNothingAboutRoutesCompletesWithoutActuationKind() {
        conduct(Steps.setpoint(ROT, 1));

        assertThat(rig.lifecycle.only("complete").actuationKind()).isNull();
    }

    @Test
    void aRefusedStartIsALifecycleFailureAndRunsNoStep() {
        ProcedureCannotStartError refused = new ProcedureCannotStartError(PROCEDURE_ID, ProcedureStatus.Running);
        rig.lifecycle.refusingStart(refused);

        ConductorResult result = conduct(Steps.setpoint(ROT, 1));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0,
                new ConductorFailure(null, "lifecycle", "start", "ProcedureCannotStartError", refused.getMessage()),
                null, false));
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
        assertThat(rig.lifecycle.phases()).containsExactly("start");
    }

    static Stream<DomainError> refusalsThatPropagate() {
        return Stream.of(new UnauthorizedError("alice", "StartProcedure", "not on the beamline roster"),
                new ProcedureNotFoundError(PROCEDURE_ID),
                new ConcurrencyError("Procedure", PROCEDURE_ID.value(), 3, 4));
    }

    @ParameterizedTest
    @MethodSource("refusalsThatPropagate")
    void anUnauthorizedMissingOrConcurrentStartIsReRaised(DomainError refusal) {
        rig.lifecycle.refusingStart(refusal);

        Throwable thrown = catchThrowable(() -> conduct(Steps.setpoint(ROT, 1)));

        assertThat(thrown).isSameAs(refusal);
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.lifecycle.phases()).containsExactly("start");
    }

    @Test
    void aStepFailureAbortsWithTheDerivedReasonAndTheObservedActuation() {
        rig.port.routing(ROT, ActuationKind.Physical).routing(ENERGY, ActuationKind.Physical)
                .failingWrites(ENERGY, new ControlNotConnectedError(ENERGY));

        ConductorResult result = conduct(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2), Steps.setpoint(ROT, 3));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(result.held()).isFalse();
        assertThat(result.failure()).isEqualTo(new ConductorFailure(1, "setpoint", ENERGY, "ControlNotConnectedError",
                "Control address '2bma:energy' not connected"));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
        assertThat(rig.lifecycle.only("abort")).isEqualTo(new RecordingProcedureLifecycle.Call("abort", CALL,
                "setpoint[1] 2bma:energy failed: ControlNotConnectedError: Control address '2bma:energy' not connected",
                ActuationKind.Physical, false));
    }

    @Test
    void aFailedWriteToASimulatorStillCountsAsSimulatedActuation() {
        rig.port.routing(ROT, ActuationKind.Simulated).failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = conduct(Steps.setpoint(ROT, 1));

        assertThat(result.actuationKind()).isEqualTo(ActuationKind.Simulated);
        assertThat(rig.lifecycle.only("abort").actuationKind()).isEqualTo(ActuationKind.Simulated);
    }

    static Stream<RuntimeException> abortFailures() {
        return Stream.of(new ProcedureCannotAbortError(PROCEDURE_ID, ProcedureStatus.Completed),
                new UnauthorizedError("alice", "AbortProcedure", "no"),
                new ConcurrencyError("Procedure", PROCEDURE_ID.value(), 5, 6),
                new IllegalStateException("database gone"));
    }

    @ParameterizedTest
    @MethodSource("abortFailures")
    void aFailingAbortStillReturnsTheOriginalStepFailure(RuntimeException abortFailure) {
        rig.lifecycle.refusingAbort(abortFailure);
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = conduct(Steps.setpoint(ROT, 1));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "setpoint", ROT, "ControlNotConnectedError",
                "Control address '2bma:rot:val' not connected"));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
    }

    @Test
    void aRefusedCompleteIsALifecycleFailureThatKeepsTheCompletedCount() {
        ProcedureCannotCompleteError refused = new ProcedureCannotCompleteError(PROCEDURE_ID, ProcedureStatus.Aborted);
        rig.lifecycle.refusingComplete(refused);
        rig.port.routing(ROT, ActuationKind.Physical);

        ConductorResult result = conduct(Steps.setpoint(ROT, 1), Steps.setpoint(ROT, 2));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2,
                new ConductorFailure(null, "lifecycle", "complete", "ProcedureCannotCompleteError", refused.getMessage()),
                ActuationKind.Physical, false));
        assertThat(rig.lifecycle.phases()).containsExactly("start", "complete");
    }

    @ParameterizedTest
    @MethodSource("refusalsThatPropagate")
    void anUnauthorizedMissingOrConcurrentCompleteIsReRaised(DomainError refusal) {
        rig.lifecycle.refusingComplete(refusal);

        assertThat(catchThrowable(() -> conduct(Steps.setpoint(ROT, 1)))).isSameAs(refusal);
    }

    @Test
    void theDerivedAbortReasonIsCutTo500Characters() {
        String longReason = "r".repeat(600);
        rig.port.failingWrites(ROT, new ControlWriteRejectedError(ROT, longReason));

        conduct(Steps.setpoint(ROT, 1));

        String reason = rig.lifecycle.only("abort").reason();
        assertThat(reason).hasSize(500)
                .startsWith("setpoint[0] 2bma:rot:val failed: ControlWriteRejectedError: Control address "
                        + "'2bma:rot:val' rejected the write: rrr");
    }

    @Test
    void theDerivedReasonOfAnActionNamesTheAction() {
        conduct(Steps.setpoint(ROT, 1), Steps.action("collect"));

        assertThat(rig.lifecycle.only("abort").reason())
                .isEqualTo("action[1] collect failed: UnknownActionError: No action body registered for 'collect'");
    }

    @Test
    void theDerivedReasonIsAcceptedByTheAbortDecider() {
        rig.port.failingWrites(ROT, new ControlWriteRejectedError(ROT, " ".repeat(700)));
        conduct(Steps.setpoint(ROT, 1));
        String reason = rig.lifecycle.only("abort").reason();

        List<ProcedureEvent> decided = AbortProcedureDecider.decide(
                ProcedureEvolver.fold(ProcedureFixtures.historyIn(ProcedureStatus.Running)),
                new AbortProcedureCommand(PROCEDURE_ID, reason, null), FixedClock.NOW);

        assertThat(decided).singleElement().isInstanceOfSatisfying(ProcedureEvent.ProcedureAborted.class,
                aborted -> assertThat(reason).startsWith(aborted.reason()));
    }

    @Test
    void conductWithoutLifecycleHandlersIsAWiringErrorBeforeAnythingRuns() {
        assertThatThrownBy(() -> rig.conductorWithoutLifecycle().conduct(CALL, List.of(Steps.setpoint(ROT, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void theConductorIsStatelessBetweenConducts() {
        rig.port.routing(ROT, ActuationKind.Simulated).routing(ENERGY, ActuationKind.Physical);
        Conductor conductor = rig.conductor();

        conductor.conduct(CALL, List.of(Steps.setpoint(ROT, 1)));
        ConductCall second = new ConductCall(PROCEDURE_ID, "bob", UUID.fromString("0190f5a8-7d3e-7000-8000-00000000c0df"));
        conductor.conduct(second, List.of(Steps.setpoint(ENERGY, 1)));

        assertThat(rig.lifecycle.calls()).filteredOn(c -> c.phase().equals("complete"))
                .extracting(RecordingProcedureLifecycle.Call::actuationKind)
                .containsExactly(ActuationKind.Simulated, ActuationKind.Physical);
        assertThat(rig.journal.rows()).extracting(row -> row.call().principal())
                .containsExactly("alice", "alice", "bob", "bob");
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "0:in_flight", "0:ok");
    }
}
