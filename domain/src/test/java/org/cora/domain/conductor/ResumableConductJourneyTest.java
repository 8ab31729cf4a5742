package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.ConductorRig.WRITE_TIMEOUT;
import static org.cora.domain.testing.ProcedureFixtures.registeredBare;
import static org.cora.domain.testing.RecordingControlPort.Call.read;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.List;
import java.util.Map;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ProcedureResumed;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.resume.ResumePoint;
import org.cora.domain.step.Step;
import org.cora.domain.testing.DeciderBackedProcedure;
import org.cora.domain.testing.FixedClock;
import org.cora.domain.testing.Readings;
import org.cora.domain.testing.RecordingControlPort;
import org.cora.domain.testing.SequentialIdGenerator;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;

/**
 * Reference 6.7 (end-to-end resume path) and scenarios 18-19 on the stream: the Conductor wired to
 * a Procedure answered by the real deciders, through hold, resume and crash-resume, asserting
 * the exact journal rows, control calls and events.
 */
class ResumableConductJourneyTest {

    private static final String ROT = "2bma:rot:val";
    private static final String ENERGY = "2bma:energy";
    private static final String EXPOSURE = "2bma:cam:exposure";
    private static final String SHUTTER = "2bma:shutter";
    private static final List<Step> THREE_SETPOINTS = List.of(Steps.setpoint(ROT, 45.0), Steps.setpoint(ENERGY, 8.0),
            Steps.setpoint(EXPOSURE, 0.025));

    private final FixedClock clock = FixedClock.atNow();
    private final RecordingControlPort port = new RecordingControlPort();
    private final ActionRegistry actions;
    private boolean energyConnected = true;
    private DeciderBackedProcedure procedure;

    ResumableConductJourneyTest() {
        port.whenWriting(ENERGY, () -> {
            if (!energyConnected) {
                throw new ControlNotConnectedError(ENERGY);
            }
        });
        actions = new ActionRegistry(Map.of("collect", context -> {
            procedure.operatorHolds("shift change");
            return Json.Obj.builder().put("frames", 10).build();
        }));
    }

    private Conductor conductorFor(List<Step> pinned, boolean answersHoldSignal) {
        procedure = new DeciderBackedProcedure(clock, answersHoldSignal, registeredBare()).pinned(pinned);
        return new Conductor(port, procedure, clock, new SequentialIdGenerator(), actions, procedure, procedure,
                WRITE_TIMEOUT);
    }

    private ConductorResult resumeFrom(Conductor conductor, int boundary) {
        return conductor.conductFrom(CALL, procedure.pinnedSteps(), boundary, procedure.state().actuationKind(),
                Map.of());
    }

    @Test
    void aFailedSetpointHoldsThenTheOperatorFixesItAndTheResumeCompletes() {
        port.routing(ROT, ActuationKind.Simulated).routing(ENERGY, ActuationKind.Physical)
                .routing(EXPOSURE, ActuationKind.Physical);
        Conductor conductor = conductorFor(THREE_SETPOINTS, true);
        energyConnected = false;

        ConductorResult held = conductor.conductOrHold(CALL, THREE_SETPOINTS);

        assertThat(held.held()).isTrue();
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Held);
        assertThat(procedure.eventTypes()).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded",
                "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureHeld");
        assertThat(procedure.state().actuationKind()).isEqualTo(ActuationKind.Hybrid);
        ResumePoint point = procedure.resumePoint();
        assertThat(point).isEqualTo(new ResumePoint(1, ResumePoint.Reason.FAILED, THREE_SETPOINTS.get(1), 3, false));

        energyConnected = true;
        ConductorResult resumed = resumeFrom(conductor, point.boundary());

        assertThat(resumed).isEqualTo(new ConductorResult(CALL.procedureId(), 2, null, ActuationKind.Hybrid, false));
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Completed);
        assertThat(procedure.eventTypes()).endsWith("ProcedureHeld", "ProcedureResumed", "ProcedureCompleted");
        assertThat(procedure.events()).filteredOn(ProcedureResumed.class::isInstance)
                .extracting(e -> ((ProcedureResumed) e).reEstablishmentBoundary()).containsExactly(1);
        assertThat(procedure.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight", "1:failed",
                "1:in_flight", "1:ok", "2:in_flight", "2:ok");
        assertThat(port.calls()).containsExactly(write(ROT, Json.num(45.0)), write(ENERGY, Json.num(8.0)),
                write(ENERGY, Json.num(8.0)), write(EXPOSURE, Json.num(0.025)));
    }

    @Test
    void anOperatorsHoldDuringAnActionLandsAfterItsOutcomeAndTheResumeRunsTheRest() {
        List<Step> pinned = List.of(Steps.setpoint(ROT, 45.0), Steps.action("collect"), Steps.setpoint(EXPOSURE, 0.025));
        Conductor conductor = conductorFor(pinned, true);

        ConductorResult held = conductor.conduct(CALL, pinned);

        assertThat(held).isEqualTo(new ConductorResult(CALL.procedureId(), 2, null, null, true));
        assertThat(procedure.eventTypes()).endsWith("ProcedureHoldRequested", "ProcedureHeld");
        assertThat(procedure.events().get(procedure.events().size() - 1))
                .isEqualTo(new ProcedureHeld(CALL.procedureId(), "shift change", null, FixedClock.NOW, null, null));
        assertThat(procedure.state().pendingHoldReason()).isNull();
        assertThat(procedure.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight", "1:ok");
        assertThat(procedure.resumePoint())
                .isEqualTo(new ResumePoint(2, ResumePoint.Reason.NEXT, pinned.get(2), 3, false));

        ConductorResult resumed = resumeFrom(conductor, 2);

        assertThat(resumed.succeeded()).isTrue();
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Completed);
        assertThat(port.calls()).containsExactly(write(ROT, Json.num(45.0)), write(EXPOSURE, Json.num(0.025)));
    }

    @Test
    void withoutTheHoldSignalTheJournalRefusingTheNextMarkerHoldsAtTheSameBoundary() {
        List<Step> pinned = List.of(Steps.setpoint(ROT, 45.0), Steps.action("collect"), Steps.setpoint(EXPOSURE, 0.025));
        Conductor conductor = conductorFor(pinned, false);

        ConductorResult held = conductor.conduct(CALL, pinned);

        assertThat(held).isEqualTo(new ConductorResult(CALL.procedureId(), 2, null, null, true));
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Held);
        assertThat(procedure.eventTypes()).endsWith("ProcedureHoldRequested", "ProcedureHeld");
        assertThat(procedure.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight", "1:ok");
        assertThat(port.calls()).containsExactly(write(ROT, Json.num(45.0)));
    }

    @Test
    void aCrashMidWriteLeavesTheMarkerTheServiceHoldsAtItAndTheResumeReDrivesThatStep() {
        IllegalStateException powerCut = new IllegalStateException("power cut");
        Conductor conductor = conductorFor(THREE_SETPOINTS, true);
        port.whenWriting(ENERGY, RecordingControlPort.thrower(powerCut));

        assertThat(catchThrowable(() -> conductor.conduct(CALL, THREE_SETPOINTS))).isSameAs(powerCut);
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Running);
        assertThat(procedure.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight");

        procedure.serviceHoldsForALostConductor("conductor lost");
        ProcedureHeld held = (ProcedureHeld) procedure.events().get(procedure.events().size() - 1);
        assertThat(held.resumePoint()).isEqualTo(Json.Obj.builder().put("re_establishment_boundary", 1)
                .put("reason", "in_flight").put("step", org.cora.domain.step.StepWireCodec.toPayload(THREE_SETPOINTS.get(1)))
                .put("step_count", 3).put("halts_at_acquisition", false).build());

        port.whenWriting(ENERGY, () -> { });
        ConductorResult resumed = resumeFrom(conductor, 1);

        assertThat(resumed.completedCount()).isEqualTo(2);
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Completed);
        assertThat(procedure.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight",
                "1:in_flight", "1:ok", "2:in_flight", "2:ok");
    }

    @Test
    void anActionInTheTailLeavesTheProcedureRunningResumedButNeitherCompletedNorAborted() {
        List<Step> pinned = List.of(Steps.setpoint(ROT, 45.0), Steps.checkEquals(SHUTTER, Json.str("Open")),
                Steps.action("collect"), Steps.setpoint(EXPOSURE, 0.025));
        Conductor conductor = conductorFor(pinned, true);
        port.reading(SHUTTER, Readings.good(Json.str("Closed")));

        assertThat(conductor.conductOrHold(CALL, pinned).held()).isTrue();
        assertThat(procedure.resumePoint().haltsAtAcquisition()).isTrue();

        port.reading(SHUTTER, Readings.good(Json.str("Open")));
        ConductorResult resumed = resumeFrom(conductor, 1);

        assertThat(resumed.acquisitionHalt()).isTrue();
        assertThat(resumed.completedCount()).isEqualTo(1);
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Running);
        assertThat(procedure.eventTypes()).endsWith("ProcedureHeld", "ProcedureResumed")
                .doesNotContain("ProcedureCompleted", "ProcedureAborted");
        assertThat(port.calls()).containsExactly(write(ROT, Json.num(45.0)), read(SHUTTER), read(SHUTTER));

        procedure.operatorAborts("redo the acquisition fresh");
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Aborted);
    }

    @Test
    void anUnconnectedSetpointInTheTailAbortsTheResumedProcedure() {
        Conductor conductor = conductorFor(THREE_SETPOINTS, true);
        energyConnected = false;
        conductor.conductOrHold(CALL, THREE_SETPOINTS);

        ConductorResult resumed = resumeFrom(conductor, 1);

        assertThat(resumed.failure().errorClass()).isEqualTo("ControlNotConnectedError");
        assertThat(procedure.status()).isEqualTo(ProcedureStatus.Aborted);
        assertThat(procedure.eventTypes()).endsWith("ProcedureHeld", "ProcedureResumed", "ProcedureAborted");
    }

    @Test
    void aRunningProcedureCannotBeConductedFromAndNothingIsReplayed() {
        Conductor conductor = conductorFor(THREE_SETPOINTS, true);
        conductor.conduct(CALL, List.of());
        List<String> before = procedure.eventTypes();

        Throwable thrown = catchThrowable(() -> resumeFrom(conductor, 0));

        assertThat(thrown).isInstanceOfSatisfying(ProcedureCannotResumeError.class, e -> {
            assertThat(e.currentStatus()).isEqualTo(ProcedureStatus.Completed);
            assertThat(e.parentRunHeld()).isFalse();
        });
        assertThat(procedure.eventTypes()).isEqualTo(before);
        assertThat(port.calls()).isEmpty();
    }
}
