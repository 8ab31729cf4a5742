package org.cora.domain.conductor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.ConductorRig.CALL;
import static org.cora.domain.testing.RecordingControlPort.Call.write;

import java.util.List;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.testing.ConductorRig;
import org.cora.domain.testing.RecordingProcedureLifecycle;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reference 4.6 step 3 and 4.10: a cancelled conduct aborts as "cancelled mid-execute" and re-raises. */
class ConductorCancellationTest {

    private static final String ROT = "2bma:rot:val";
    private static final String ENERGY = "2bma:energy";
    private static final String EXPOSURE = "2bma:exposure";

    private final ConductorRig rig = new ConductorRig();

    @AfterEach
    void leaveTheTestThreadUninterrupted() {
        Thread.interrupted();
    }

    @Test
    void aPortCancelledMidWalkAbortsAsCancelledWithoutActuationKindAndReRaises() {
        Cancelled cancelled = new Cancelled("write of 2bma:energy cancelled");
        rig.port.routing(ROT, ActuationKind.Simulated).routing(ENERGY, ActuationKind.Simulated)
                .failingWrites(ENERGY, cancelled);

        Throwable thrown = catchThrowable(() -> rig.conductor().conduct(CALL,
                List.of(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2), Steps.setpoint(EXPOSURE, 3))));

        assertThat(thrown).isSameAs(cancelled);
        assertThat(rig.lifecycle.calls()).containsExactly(
                new RecordingProcedureLifecycle.Call("start", CALL, null, null, false),
                new RecordingProcedureLifecycle.Call("abort", CALL, "cancelled mid-execute", null, false));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok", "1:in_flight");
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(1)), write(ENERGY, Json.num(2)));
    }

    @Test
    void aPortThatRestoredTheInterruptFlagHasItClearedForTheAbortAndRestoredAfterwards() {
        Cancelled cancelled = new Cancelled("interrupted while waiting for completion");
        rig.port.whenWriting(ROT, () -> {
            Thread.currentThread().interrupt();
            throw cancelled;
        });

        Throwable thrown = catchThrowable(() -> rig.conductor().conduct(CALL, List.of(Steps.setpoint(ROT, 1))));

        assertThat(thrown).isSameAs(cancelled);
        assertThat(rig.lifecycle.only("abort").reason()).isEqualTo("cancelled mid-execute");
        assertThat(rig.lifecycle.only("abort").interrupted()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aCancellationWithoutInterruptLeavesTheFlagClear() {
        rig.port.failingWrites(ROT, new Cancelled("cancelled"));

        catchThrowable(() -> rig.conductor().conduct(CALL, List.of(Steps.setpoint(ROT, 1))));

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anInterruptBetweenStepsCancelsBeforeTheNextStepAndAborts() {
        rig.port.whenWriting(ROT, () -> Thread.currentThread().interrupt());

        Throwable thrown = catchThrowable(() -> rig.conductor().conduct(CALL,
                List.of(Steps.setpoint(ROT, 1), Steps.setpoint(ENERGY, 2))));

        assertThat(thrown).isInstanceOf(Cancelled.class);
        assertThat(rig.port.calls()).containsExactly(write(ROT, Json.num(1)));
        assertThat(rig.journal.indexedResults()).containsExactly("0:in_flight", "0:ok");
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
        assertThat(rig.lifecycle.only("abort").reason()).isEqualTo(Conductor.CANCELLED_REASON);
        assertThat(rig.lifecycle.only("abort").actuationKind()).isNull();
        assertThat(rig.lifecycle.only("abort").interrupted()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aFailingAbortDoesNotHideTheCancellation() {
        Cancelled cancelled = new Cancelled("cancelled");
        rig.port.failingWrites(ROT, cancelled);
        rig.lifecycle.refusingAbort(new IllegalStateException("database gone"));

        assertThat(catchThrowable(() -> rig.conductor().conduct(CALL, List.of(Steps.setpoint(ROT, 1)))))
                .isSameAs(cancelled);
        assertThat(rig.lifecycle.phases()).containsExactly("start", "abort");
    }

    @Test
    void aCancelledExecutePropagatesWithoutTouchingTheLifecycle() {
        Cancelled cancelled = new Cancelled("cancelled");
        rig.port.failingWrites(ROT, cancelled);

        assertThat(catchThrowable(() -> rig.conductor().execute(CALL, List.of(Steps.setpoint(ROT, 1)))))
                .isSameAs(cancelled);
        assertThat(rig.lifecycle.calls()).isEmpty();
    }

    @Test
    void anExecuteOnAnInterruptedThreadRunsNoStep() {
        Thread.currentThread().interrupt();

        Throwable thrown = catchThrowable(() -> rig.conductor().execute(CALL, List.of(Steps.setpoint(ROT, 1))));

        assertThat(thrown).isInstanceOf(Cancelled.class);
        assertThat(rig.port.calls()).isEmpty();
        assertThat(rig.journal.rows()).isEmpty();
    }
}
