package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.RecordingControlPort.Call.read;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cora.domain.json.Json;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.Readings;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference 4.8 and scenarios 12-17: the tail of a pinned list replayed with the re-establish
 * policy. Setpoints are re-driven, checks and captures re-read, actions halt for the operator.
 */
class ConductorExecuteFromTest {

    private static final String ROT = "2bma:rot:val";
    private static final String EXPOSURE = "2bma:cam:exposure";
    private static final String SAMPLE_X = "2bma:sample:x";
    private static final String HALT_MESSAGE = "resume halted at step 1 (action 'collect'): an interrupted acquisition"
            + " needs an operator decision (redo-fresh vs reseed); not auto-rerun, not auto-skipped";

    private final ConductorRig rig = new ConductorRig();

    private ConductorResult replay(int boundary, Step... pinned) {
        return rig.conductor().executeFrom(CALL, List.of(pinned), boundary, Map.of());
    }

    @Test
    void fromBoundaryZeroThePinnedSetpointsAreWrittenByteForByte() {
        ConductorResult result = replay(0, Steps.setpoint(ROT, 45.0), Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)), write(EXPOSURE, Json.num(0.025)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight", "1:ok");
        assertThat(rig.lifecycle.calls()).isEmpty();
    }

    @Test
    void aBoundarySkipsThePrefixAndTheRowsCarryAbsoluteIndices() {
        ConductorResult result = replay(1, Steps.setpoint(ROT, 45.0), Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(EXPOSURE, Json.num(0.025)));
        assertThat(rig.journal.indexedResults()).containsExactly("1:in_flight", "1:ok");
        assertThat(rig.journal.payloads().get(1)).isEqualTo(Json.Obj.builder().put("address", EXPOSURE)
                .put("value", Json.num(0.025)).put("step_index", 1).put("result", "ok").build());
    }

    @Test
    void anActionInTheTailHaltsForTheOperatorWithNothingRecordedForIt() {
        List<Json.Obj> bodyRuns = new ArrayList<>();
        rig.withAction("collect", context -> {
            bodyRuns.add(context.params());
            return Json.Obj.EMPTY;
        });

        ConductorResult result = replay(0, Steps.setpoint(ROT, 45.0), Steps.action("collect"),
                Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1,
                new ConductorFailure(1, "action", "collect", "AcquisitionResumeRequiresOperator", HALT_MESSAGE),
                null, false));
        assertThat(result.acquisitionHalt()).isTrue();
        assertThat(result.succeeded()).isFalse();
        assertThat(bodyRuns).isEmpty();
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok");
        assertThat(rig.lifecycle.calls()).isEmpty();
    }

    @Test
    void aBoundaryAtTheActionHaltsBeforeAnything() {
        ConductorResult result = replay(1, Steps.setpoint(ROT, 45.0), Steps.action("collect"));

        assertThat(result.completedCount()).isZero();
        assertThat(result.failure()).isEqualTo(
                new ConductorFailure(1, "action", "collect", ConductorResult.ACQUISITION_HALT, HALT_MESSAGE));
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
    }

    @Test
    void theHaltMessageNamesTheAbsoluteIndexAndTheAction() {
        ConductorResult result = replay(3, Steps.setpoint(ROT, 1), Steps.setpoint(ROT, 2), Steps.setpoint(ROT, 3),
                Steps.setpoint(ROT, 4), Steps.action("fly_scan"));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(4, "action", "fly_scan",
                "AcquisitionResumeRequiresOperator", "resume halted at step 4 (action 'fly_scan'): an interrupted"
                        + " acquisition needs an operator decision (redo-fresh vs reseed); not auto-rerun, not"
                        + " auto-skipped"));
        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(rig.journal.indexedResults()).containsExactly("3:in_flight", "3:ok");
    }

    @Test
    void onlyTheAcquisitionHaltIsAnAcquisitionHalt() {
        assertThat(new ConductorResult(PROCEDURE_ID, 0, null, null, false).acquisitionHalt()).isFalse();
        assertThat(new ConductorResult(PROCEDURE_ID, 0, new ConductorFailure(0, "action", "collect",
                "UnknownActionError", "x"), null, false).acquisitionHalt()).isFalse();
    }

    @Test
    void aPinnedCheckIsReRunAsAFreshReadThatPasses() {
        rig.port.reading(ROT, Readings.good(45.0));

        ConductorResult result = replay(0, Steps.checkEquals(ROT, Json.num(45.0)));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, null, false));
        assertThat(rig.port.calls()).containsExactly(read(ROT));
        assertThat(rig.journal.indexedResults()).containsExactly("0:ok");
    }

    @Test
    void aPinnedCheckIsReRunAsAFreshReadThatFails() {
        rig.port.reading(ROT, Readings.good(12.5));

        ConductorResult result = replay(0, Steps.checkEquals(ROT, Json.num(45.0)));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "check", ROT, "CheckFailedError",
                "Check at '2bma:rot:val' failed: value 12.5 did not equal expected 45.0"));
        assertThat(rig.port.calls()).containsExactly(read(ROT));
        assertThat(rig.journal.indexedResults()).containsExactly("0:failed");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, Integer.MAX_VALUE})
    void aBoundaryAtOrPastTheEndIsASuccessThatWritesNothing(int boundary) {
        ConductorResult result = replay(boundary, Steps.setpoint(ROT, 45.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, null, false));
        assertThat(result.succeeded()).isTrue();
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void aNegativeBoundaryIsRefusedBeforeAnything(int boundary) {
        assertThatThrownBy(() -> replay(boundary, Steps.setpoint(ROT, 45.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("boundary must be >= 0, got " + boundary);
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
        assertThat(rig.holdSignal.asks()).isEmpty();
    }

    @Test
    void aRestoreWhoseCaptureLiesBeforeTheBoundaryFailsLoudlyAndWritesNothing() {
        ConductorResult result = replay(1, Steps.capture(SAMPLE_X, "home"), Steps.restore(SAMPLE_X, "home"));

        assertThat(result.completedCount()).isZero();
        assertThat(result.failure()).isEqualTo(new ConductorFailure(1, "setpoint", SAMPLE_X, "UnresolvedCaptureRef",
                "capture 'home' was not taken earlier in this conduct; nothing was written"));
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.onlyPayload()).isEqualTo(Json.Obj.builder().put("address", SAMPLE_X)
                .put("capture_ref", "home").put("step_index", 1).put("result", "failed")
                .put("error_class", "UnresolvedCaptureRef")
                .put("message", "capture 'home' was not taken earlier in this conduct; nothing was written").build());
    }

    @Test
    void fromBoundaryZeroTheCaptureReReadsAndTheRestoreWritesTheFreshValue() {
        rig.port.reading(SAMPLE_X, Readings.good(12.5));

        ConductorResult result = replay(0, Steps.capture(SAMPLE_X, "home"), Steps.restore(SAMPLE_X, "home"));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2, null, null, false));
        assertThat(rig.port.calls()).containsExactly(read(SAMPLE_X), write(SAMPLE_X, Json.num(12.5)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:ok", "1:in_flight", "1:ok");
    }

    @Test
    void restoredCapturesLetTheRestoreWorkFromBoundaryOne() {
        ConductorResult result = rig.conductor().executeFrom(CALL,
                List.of(Steps.capture(SAMPLE_X, "home"), Steps.restore(SAMPLE_X, "home")), 1,
                Map.of("home", Json.num(12.5)));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(SAMPLE_X, Json.num(12.5)));
        assertThat(rig.journal.payloads()).containsExactly(
                Json.Obj.builder().put("address", SAMPLE_X).put("value", Json.num(12.5)).put("capture_ref", "home")
                        .put("step_index", 1).put("result", "in_flight").build(),
                Json.Obj.builder().put("address", SAMPLE_X).put("value", Json.num(12.5)).put("capture_ref", "home")
                        .put("step_index", 1).put("result", "ok").build());
    }

    @Test
    void theCallersRestoredCapturesAreNotChangedByTheWalk() {
        rig.port.reading(SAMPLE_X, Readings.good(3.0));
        Map<String, Json> restored = new HashMap<>(Map.of("home", Json.num(12.5)));

        rig.conductor().executeFrom(CALL, List.of(Steps.capture(SAMPLE_X, "other"), Steps.restore(SAMPLE_X, "home")),
                0, restored);

        assertThat(restored).containsExactly(Map.entry("home", Json.num(12.5)));
    }

    @Test
    void capturesDoNotLeakFromAnExecuteIntoAReplay() {
        rig.port.reading(SAMPLE_X, Readings.good(12.5));
        Conductor conductor = rig.conductor();
        conductor.execute(CALL, List.of(Steps.capture(SAMPLE_X, "home")));

        ConductorResult replayed = conductor.executeFrom(CALL,
                List.of(Steps.capture(SAMPLE_X, "home"), Steps.restore(SAMPLE_X, "home")), 1, Map.of());

        assertThat(replayed.failure().errorClass()).isEqualTo("UnresolvedCaptureRef");
    }

    @Test
    void aFailedReDriveIsRecordedAsInExecuteAndHaltsTheReplay() {
        rig.port.failingWrites(ROT, new org.cora.domain.control.ControlNotConnectedError(ROT));

        ConductorResult result = replay(0, Steps.setpoint(ROT, 45.0), Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "setpoint", ROT, "ControlNotConnectedError",
                "Control address '2bma:rot:val' not connected"));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:failed");
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(45.0)));
    }

    @Test
    void executeFromNeverTouchesTheLifecycleAndWorksWithoutIt() {
        ConductorResult result = rig.conductorWithoutLifecycle().executeFrom(CALL,
                List.of(Steps.setpoint(ROT, 1), Steps.action("collect")), 0, Map.of());

        assertThat(result.acquisitionHalt()).isTrue();
        assertThat(rig.lifecycle.calls()).isEmpty();
    }
}
