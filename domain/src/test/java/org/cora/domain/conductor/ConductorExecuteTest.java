package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ConductorRig.WRITE_TIMEOUT;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.RecordingControlPort.Call.read;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ProcedureStepsLogbookClosedError;
import org.cora.domain.step.Step;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.Readings;
import org.cora.domain.testing.RecordingControlPort;
import org.cora.domain.testing.RecordingStepJournal;
import org.cora.domain.testing.SequentialIdGenerator;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reference 4.3 and scenarios 1-8 in Tier 1: a setpoint or an action journals an {@code in_flight}
 * marker before it acts, then its outcome (two rows); a check or a capture journals one row.
 */
class ConductorExecuteTest {

    private static final String ROT = "2bma:rot:val";
    private static final String ENERGY = "2bma:energy";
    private static final String EXPOSURE = "2bma:exposure";
    private static final String TEMP = "2bma:temp";

    private final ConductorRig rig = new ConductorRig();

    private ConductorResult execute(Step... steps) {
        return rig.conductor().execute(CALL, List.of(steps));
    }

    private static Json.ObjBuilder row() {
        return Json.Obj.builder();
    }

    @Test
    void anEmptyWalkSucceedsWithNothingCompletedAndNothingJournalled() {
        ConductorResult result = execute();

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 0, null, null, false));
        assertThat(result.succeeded()).isTrue();
        assertThat(rig.journal.rows()).isEmpty();
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void aSuccessfulSetpointWritesOnceAndJournalsAnInFlightMarkerThenAnOkRow() {
        ConductorResult result = execute(Steps.setpoint(ROT, 12.5));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 1, null, null, false));
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(12.5)));
        assertThat(rig.journal.rows()).extracting(RecordingStepJournal.Row::call).containsExactly(CALL, CALL);
        assertThat(rig.journal.records()).containsExactly(
                new StepRecord(SequentialIdGenerator.nth(1), "setpoint",
                        row().put("address", ROT).put("value", Json.num(12.5)).put("step_index", 0)
                                .put("result", "in_flight").build(),
                        NOW),
                new StepRecord(SequentialIdGenerator.nth(2), "setpoint",
                        row().put("address", ROT).put("value", Json.num(12.5)).put("step_index", 0).put("result", "ok")
                                .build(),
                        NOW));
    }

    @Test
    void theMarkerIsDurableBeforeTheWriteStarts() {
        List<Integer> rowsWhenWriting = new ArrayList<>();
        rig.port.whenWriting(ROT, () -> rowsWhenWriting.add(rig.journal.rows().size()));

        execute(Steps.setpoint(ROT, 12.5));

        assertThat(rowsWhenWriting).containsExactly(1);
        assertThat(rig.journal.results()).containsExactly("in_flight", "ok");
    }

    @Test
    void everyRowCarriesTheCallersProcedurePrincipalAndCorrelationAndSampledAtEqualsOccurredAtEqualsNow() {
        execute(Steps.setpoint(ROT, 12.5));

        assertThat(rig.journal.rows()).hasSize(2).allSatisfy(r -> {
            assertThat(r.call().procedureId()).isEqualTo(PROCEDURE_ID);
            assertThat(r.call().principal()).isEqualTo("alice");
            assertThat(r.call().correlationId()).isEqualTo(CALL.correlationId());
            assertThat(r.record().sampledAt()).isEqualTo(NOW);
            ActivityEntry entry = new ActivityEntry(r.record().eventId(), r.record().stepKind(), r.record().payload(),
                    r.record().sampledAt(), null);
            assertThat(entry.occurredAt()).isEqualTo(NOW);
        });
    }

    @Test
    void aSetpointWaitsForCompletionWithTheConfiguredTimeout() {
        execute(Steps.setpoint(ROT, 12.5));

        assertThat(rig.port.callsWithTimeouts())
                .containsExactly(new RecordingControlPort.Call("write", ROT, Json.num(12.5), true, WRITE_TIMEOUT));
    }

    @Test
    void aPassingCheckReadsOnceAndJournalsOneOkRowWithTheReadingAndNoMarker() {
        Measurement reading = Readings.good(Json.str("Open"));
        rig.port.reading("2bma:shutter", reading);

        ConductorResult result = execute(Steps.checkEquals("2bma:shutter", Json.str("Open")));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(rig.port.calls()).containsExactly(read("2bma:shutter"));
        assertThat(rig.journal.onlyPayload()).isEqualTo(row().put("address", "2bma:shutter")
                .put("criterion", Json.Obj.builder().put("kind", "equals").put("expected", "Open").build())
                .put("reading", reading.toPayload()).put("step_index", 0).put("result", "ok").build());
        assertThat(rig.journal.records().get(0).stepKind()).isEqualTo("check");
    }

    @Test
    void aFailingFirstWriteHaltsTheWalkAndLeavesTheSecondUntouched() {
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = execute(Steps.setpoint(ROT, 12.5), Steps.setpoint(ENERGY, 8.0));

        assertThat(result.completedCount()).isZero();
        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "setpoint", ROT, "ControlNotConnectedError",
                "Control address '2bma:rot:val' not connected"));
        assertThat(rig.journal.payloads()).containsExactly(
                row().put("address", ROT).put("value", Json.num(12.5)).put("step_index", 0).put("result", "in_flight")
                        .build(),
                row().put("address", ROT).put("value", Json.num(12.5)).put("step_index", 0).put("result", "failed")
                        .put("error_class", "ControlNotConnectedError")
                        .put("message", "Control address '2bma:rot:val' not connected").build());
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(12.5)));
    }

    @Test
    void aFailingMiddleSetpointHaltsTheWalkAndLeavesTheThirdUntouched() {
        rig.port.failingWrites(ENERGY, new ControlTimeoutError(ENERGY, java.time.Duration.ofMillis(2500)));

        ConductorResult result = execute(Steps.setpoint(ROT, 12.5), Steps.setpoint(ENERGY, 8.0),
                Steps.setpoint(EXPOSURE, 0.025));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(result.failure()).isEqualTo(new ConductorFailure(1, "setpoint", ENERGY, "ControlTimeoutError",
                "Control address '2bma:energy' operation exceeded 2.5s"));
        assertThat(rig.journal.results()).containsExactly("in_flight", "ok", "in_flight", "failed");
        assertThat(rig.journal.stepIndexes()).containsExactly(0, 0, 1, 1);
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(12.5)), write(ENERGY, Json.num(8.0)));
    }

    @Test
    void everyRowOfAWalkCarriesTheCallerAndTheClockAndAFreshEventId() {
        rig.port.reading(TEMP, Readings.good(100.0));

        execute(Steps.setpoint(ROT, 12.5), Steps.checkWithin(TEMP, "100", "0.5"), Steps.setpoint(ENERGY, 8.0));

        assertThat(rig.journal.rows()).allSatisfy(row -> {
            assertThat(row.call()).isEqualTo(CALL);
            assertThat(row.record().sampledAt()).isEqualTo(NOW);
        });
        assertThat(rig.journal.records()).extracting(StepRecord::eventId).containsExactly(
                SequentialIdGenerator.nth(1), SequentialIdGenerator.nth(2), SequentialIdGenerator.nth(3),
                SequentialIdGenerator.nth(4), SequentialIdGenerator.nth(5));
        assertThat(rig.journal.records()).extracting(StepRecord::stepKind)
                .containsExactly("setpoint", "setpoint", "check", "setpoint", "setpoint");
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:ok", "2:in_flight", "2:ok");
    }

    @Test
    void aToleranceCheckOnAStringReadingFailsCleanly() {
        Measurement reading = Readings.good(Json.str("hot"));
        rig.port.reading(TEMP, reading);

        ConductorResult result = execute(Steps.checkWithin(TEMP, "100.0", "0.5"));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "check", TEMP, "CheckFailedError",
                "Check at '2bma:temp' failed: value \"hot\" not within 0.5 of expected 100.0 (not a number)"));
        assertThat(rig.journal.onlyPayload().get("reading")).contains(reading.toPayload());
        assertThat(rig.journal.onlyPayload().get("error_class")).contains(Json.str("CheckFailedError"));
    }

    @Test
    void aCheckMismatchFailsNamingTheExplanation() {
        rig.port.reading(ROT, Readings.good(12.5));

        ConductorResult result = execute(Steps.checkEquals(ROT, Json.num(45.0)));

        assertThat(result.failure().message())
                .isEqualTo("Check at '2bma:rot:val' failed: value 12.5 did not equal expected 45.0");
    }

    @ParameterizedTest
    @EnumSource(value = Quality.class, names = {"Uncertain", "Bad"})
    void aCheckReadingOfQualityOtherThanGoodFailsAndRecordsTheReading(Quality quality) {
        Measurement reading = Readings.withQuality(Json.str("Open"), quality);
        rig.port.reading("2bma:shutter", reading);

        ConductorResult result = execute(Steps.checkEquals("2bma:shutter", Json.str("Open")));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "check", "2bma:shutter", "CheckFailedError",
                "Check at '2bma:shutter' failed: quality=" + quality));
        assertThat(rig.journal.onlyPayload()).isEqualTo(row().put("address", "2bma:shutter")
                .put("criterion", Json.Obj.builder().put("kind", "equals").put("expected", "Open").build())
                .put("reading", reading.toPayload()).put("step_index", 0).put("result", "failed")
                .put("error_class", "CheckFailedError").put("message", "Check at '2bma:shutter' failed: quality=" + quality)
                .build());
    }

    @Test
    void aCheckWhoseReadFailsRecordsNoReading() {
        rig.port.failingReads(TEMP, new ControlNotConnectedError(TEMP));

        ConductorResult result = execute(Steps.checkWithin(TEMP, "100", "1"));

        assertThat(result.failure().errorClass()).isEqualTo("ControlNotConnectedError");
        assertThat(rig.journal.onlyPayload().has("reading")).isFalse();
        assertThat(rig.journal.onlyPayload().get("result")).contains(Json.str("failed"));
    }

    @Test
    void aVerifiedSetpointWhoseReadBackFailsIsStillOkAndRecordsTheReadError() {
        rig.port.failingReads(ROT, new ControlNotConnectedError(ROT));

        ConductorResult result = execute(Steps.verifiedSetpoint(ROT, 12.5), Steps.setpoint(ENERGY, 8.0));

        assertThat(result).isEqualTo(new ConductorResult(PROCEDURE_ID, 2, null, null, false));
        assertThat(rig.journal.payloads().get(0)).isEqualTo(row().put("address", ROT).put("value", Json.num(12.5))
                .put("step_index", 0).put("result", "in_flight").build());
        assertThat(rig.journal.payloads().get(1)).isEqualTo(row().put("address", ROT).put("value", Json.num(12.5))
                .put("post_read_error", Json.Obj.builder().put("error_class", "ControlNotConnectedError")
                        .put("message", "Control address '2bma:rot:val' not connected").build())
                .put("step_index", 0).put("result", "ok").build());
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(12.5)), read(ROT),
                write(ENERGY, Json.num(8.0)));
    }

    @Test
    void aVerifiedSetpointRecordsTheReadBackEvenWhenItsQualityIsBad() {
        Measurement readBack = Readings.withQuality(Json.num(12.4), Quality.Bad);
        rig.port.reading(ROT, readBack);

        ConductorResult result = execute(Steps.verifiedSetpoint(ROT, 12.5));

        assertThat(result.succeeded()).isTrue();
        assertThat(rig.journal.payloads()).containsExactly(
                row().put("address", ROT).put("value", Json.num(12.5)).put("step_index", 0).put("result", "in_flight")
                        .build(),
                row().put("address", ROT).put("value", Json.num(12.5)).put("post_reading", readBack.toPayload())
                        .put("step_index", 0).put("result", "ok").build());
    }

    @Test
    void aVerifiedSetpointWhoseWriteFailsHaltsWithoutReadingBack() {
        rig.port.failingWrites(ROT, new ControlWriteRejectedError(ROT, "out of range"));

        ConductorResult result = execute(Steps.verifiedSetpoint(ROT, 1e9));

        assertThat(result.failure().errorClass()).isEqualTo("ControlWriteRejectedError");
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(1e9)));
        assertThat(rig.journal.results()).containsExactly("in_flight", "failed");
        assertThat(rig.journal.payloads()).noneMatch(p -> p.has("post_reading") || p.has("post_read_error"));
    }

    @Test
    void anUnknownActionWritesItsMarkerFirstThenFailsWithoutTouchingTheControlSystem() {
        Json.Obj params = Json.Obj.builder().put("dwell", Json.num(0.1)).build();

        ConductorResult result = execute(Steps.action("collect", params));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "action", "collect", "UnknownActionError",
                "No action body registered for 'collect'"));
        assertThat(rig.journal.payloads()).containsExactly(
                row().put("name", "collect").put("params", params).put("step_index", 0).put("result", "in_flight")
                        .build(),
                row().put("name", "collect").put("params", params).put("step_index", 0).put("result", "failed")
                        .put("error_class", "UnknownActionError")
                        .put("message", "No action body registered for 'collect'").build());
        assertThat(rig.journal.records()).extracting(StepRecord::stepKind).containsExactly("action", "action");
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void anActionBodyGetsItsParamsAndItsResultIsRecordedAsResultData() {
        Json.Obj params = Json.Obj.builder().put("dwell", Json.num(0.1)).put("frames", 3).build();
        List<Json.Obj> seenParams = new ArrayList<>();
        rig.withAction("collect", context -> {
            seenParams.add(context.params());
            assertThat(context.clock().now()).isEqualTo(NOW);
            return Json.Obj.builder().put("frames_written", 3).put("soft_failure", Json.NULL).build();
        });

        ConductorResult result = execute(Steps.action("collect", params));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(seenParams).containsExactly(params);
        assertThat(rig.journal.payloads().get(0)).isEqualTo(row().put("name", "collect").put("params", params)
                .put("step_index", 0).put("result", "in_flight").build());
        assertThat(rig.journal.payloads()).hasSize(2);
        assertThat(rig.journal.payloads().get(1)).isEqualTo(row().put("name", "collect").put("params", params)
                .put("result_data", Json.Obj.builder().put("frames_written", 3).put("soft_failure", Json.NULL).build())
                .put("step_index", 0).put("result", "ok").build());
    }

    @Test
    void anActionBodyReturningNothingRecordsEmptyResultData() {
        rig.withAction("noop", context -> null);

        execute(Steps.action("noop"));

        assertThat(rig.journal.results()).containsExactly("in_flight", "ok");
        assertThat(rig.journal.lastPayload().get("result_data")).contains(Json.Obj.EMPTY);
    }

    @Test
    void anActionBodyUsesTheConductsControlPort() {
        rig.withAction("home", context -> {
            context.controlPort().write("2bma:x", Json.num(0), true, WRITE_TIMEOUT);
            return Json.Obj.EMPTY;
        });

        execute(Steps.action("home"));

        assertThat(rig.port.calls()).containsExactly(write("2bma:x", Json.num(0)));
    }

    @Test
    void anActionBodyThrowingAControlErrorFailsTheStep() {
        rig.withAction("collect", context -> {
            throw new ControlNotConnectedError("2bma:det");
        });

        ConductorResult result = execute(Steps.action("collect"), Steps.setpoint(ROT, 1));

        assertThat(result.failure()).isEqualTo(new ConductorFailure(0, "action", "collect", "ControlNotConnectedError",
                "Control address '2bma:det' not connected"));
        assertThat(rig.journal.results()).containsExactly("in_flight", "failed");
        assertThat(rig.journal.stepIndexes()).containsExactly(0, 0);
        assertThat(rig.port.calls()).isEmpty();
    }

    @Test
    void aCaptureThenARestoreWritesTheCapturedValueAndNamesTheCapture() {
        Measurement home = Readings.good(12.5);
        rig.port.reading("2bma:sample:x", home);

        ConductorResult result = execute(Steps.capture("2bma:sample:x", "home"), Steps.setpoint("2bma:sample:x", 40),
                Steps.restore("2bma:sample:x", "home"));

        assertThat(result.completedCount()).isEqualTo(3);
        assertThat(rig.port.calls()).containsExactly(read("2bma:sample:x"), write("2bma:sample:x", Json.num(40)),
                write("2bma:sample:x", Json.num(12.5)));
        assertThat(rig.journal.payloads().get(0)).isEqualTo(row().put("address", "2bma:sample:x")
                .put("capture_name", "home").put("reading", home.toPayload()).put("captured_value", Json.num(12.5))
                .put("step_index", 0).put("result", "ok").build());
        assertThat(rig.journal.payloads().get(3)).isEqualTo(row().put("address", "2bma:sample:x")
                .put("value", Json.num(12.5)).put("capture_ref", "home").put("step_index", 2).put("result", "in_flight")
                .build());
        assertThat(rig.journal.payloads().get(4)).isEqualTo(row().put("address", "2bma:sample:x")
                .put("value", Json.num(12.5)).put("capture_ref", "home").put("step_index", 2).put("result", "ok")
                .build());
        assertThat(rig.journal.records()).extracting(StepRecord::stepKind)
                .containsExactly("capture", "setpoint", "setpoint", "setpoint", "setpoint");
        assertThat(rig.journal.indexedResults()).containsExactly("0:ok", "1:in_flight", "1:ok", "2:in_flight", "2:ok");
    }

    @Test
    void aRestoreWithoutAnEarlierCaptureFailsWithoutAMarkerAndWritesNothing() {
        ConductorResult result = execute(Steps.restore("2bma:sample:x", "home"), Steps.setpoint(ROT, 1));

        assertThat(result.failure()).satisfies(f -> {
            assertThat(f.stepIndex()).isZero();
            assertThat(f.sourceKind()).isEqualTo("setpoint");
            assertThat(f.target()).isEqualTo("2bma:sample:x");
            assertThat(f.errorClass()).isEqualTo("UnresolvedCaptureRef");
        });
        assertThat(rig.port.calls()).isEmpty();
        Json.Obj payload = rig.journal.onlyPayload();
        assertThat(payload.fields().keySet())
                .containsExactly("address", "capture_ref", "step_index", "result", "error_class", "message");
        assertThat(payload.get("capture_ref")).contains(Json.str("home"));
    }

    @Test
    void capturingTheSameNameTwiceFailsTheSecondCaptureWithoutReading() {
        rig.port.reading("2bma:sample:x", Readings.good(12.5));

        ConductorResult result = execute(Steps.capture("2bma:sample:x", "home"), Steps.capture("2bma:sample:x", "home"));

        assertThat(result.completedCount()).isEqualTo(1);
        assertThat(rig.journal.indexedResults()).containsExactly("0:ok", "1:failed");
        assertThat(result.failure().errorClass()).isEqualTo("DuplicateCapture");
        assertThat(result.failure().target()).isEqualTo("home");
        assertThat(result.failure().stepIndex()).isEqualTo(1);
        assertThat(rig.port.calls()).containsExactly(read("2bma:sample:x"));
        assertThat(rig.journal.payloads().get(1).has("reading")).isFalse();
    }

    @Test
    void capturesDoNotLeakFromOneWalkToTheNext() {
        rig.port.reading("2bma:sample:x", Readings.good(12.5));
        Conductor conductor = rig.conductor();
        conductor.execute(CALL, List.of(Steps.capture("2bma:sample:x", "home")));

        ConductorResult second = conductor.execute(CALL, List.of(Steps.restore("2bma:sample:x", "home")));

        assertThat(second.failure().errorClass()).isEqualTo("UnresolvedCaptureRef");
    }

    @Test
    void aCaptureOfANonNumberFailsAsACoercionError() {
        rig.port.reading("2bma:mode", Readings.good(Json.str("12.5")));
        rig.port.reading("2bma:flag", Readings.good(Json.bool(true)));

        assertThat(execute(Steps.capture("2bma:mode", "m")).failure().errorClass())
                .isEqualTo("ControlValueCoercionError");
        assertThat(rig.conductor().execute(CALL, List.of(Steps.capture("2bma:flag", "f"))).failure().errorClass())
                .isEqualTo("ControlValueCoercionError");
    }

    @Test
    void aCaptureOfAReadingThatIsNotGoodFails() {
        rig.port.reading("2bma:sample:x", Readings.withQuality(Json.num(12.5), Quality.Uncertain));

        ConductorResult result = execute(Steps.capture("2bma:sample:x", "home"));

        assertThat(result.failure().errorClass()).isEqualTo("CheckFailedError");
        assertThat(result.failure().message()).contains("quality=Uncertain");
    }

    @Test
    void aNonControlExceptionFromThePortPropagatesUntouchedAndIsNotJournalled() {
        IllegalStateException bug = new IllegalStateException("adapter bug");
        rig.port.failingWrites(ENERGY, bug);

        Throwable thrown = catchThrowable(() -> execute(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2)));

        assertThat(thrown).isSameAs(bug);
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight");
    }

    @Test
    void aRuntimeExceptionFromAnActionBodyPropagates() {
        ArithmeticException bug = new ArithmeticException("/ by zero");
        rig.withAction("collect", context -> {
            throw bug;
        });

        assertThat(catchThrowable(() -> execute(Steps.action("collect")))).isSameAs(bug);
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight");
    }

    @Test
    void aRefusalOfAnOutcomeRowPropagatesAndHaltsTheWalk() {
        ProcedureStepsLogbookClosedError closed = new ProcedureStepsLogbookClosedError(PROCEDURE_ID,
                ProcedureStatus.Aborted);
        rig.journal.refusingRow(3, closed);

        Throwable thrown = catchThrowable(() -> execute(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2),
                Steps.setpoint(EXPOSURE, 3)));

        assertThat(thrown).isSameAs(closed);
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(1)), write(ENERGY, Json.num(2)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight");
    }

    @Test
    void aRefusalOfAMarkerPropagatesAndTheEffectNeverStarts() {
        ProcedureStepsLogbookClosedError closed = new ProcedureStepsLogbookClosedError(PROCEDURE_ID,
                ProcedureStatus.Aborted);
        rig.journal.refusingRow(2, closed);

        Throwable thrown = catchThrowable(() -> execute(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2)));

        assertThat(thrown).isSameAs(closed);
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(1)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok");
    }

    @Test
    void executeNeverTouchesTheLifecycle() {
        rig.port.failingWrites(ROT, new ControlNotConnectedError(ROT));

        execute(Steps.setpoint(ROT, 1));
        execute(Steps.setpoint(ENERGY, 1));

        assertThat(rig.lifecycle.calls()).isEmpty();
    }

    @Test
    void executeWorksWithoutLifecycleHandlers() {
        ConductorResult result = rig.conductorWithoutLifecycle().execute(CALL, List.of(Steps.setpoint(ROT, 1)));

        assertThat(result.succeeded()).isTrue();
    }
}
