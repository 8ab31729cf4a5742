package org.cora.domain.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.domain.testing.ProcedureFixtures.EARLIER;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.held;
import static org.cora.domain.testing.ProcedureFixtures.historyIn;
import static org.cora.domain.testing.ProcedureFixtures.logbookOpened;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.started;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.InvalidProcedureReEstablishmentBoundaryError;
import org.cora.domain.procedure.ProcedureCannotResumeError;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.procedure.ProcedureEvolver;
import org.cora.domain.procedure.ProcedureNotFoundError;
import org.cora.domain.procedure.ProcedureStatus;
import org.cora.domain.procedure.ResolvedStepsDigestMismatchError;
import org.cora.domain.procedure.ResolvedStepsRecordNotFoundError;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reference 6.3-6.5: what a conduct-from replays, checked in order before anything runs. */
class ResumePlanTest {

    private static final String X = "2bma:sample:x";
    private static final List<Step> PINNED = List.of(Steps.capture(X, "home"), Steps.setpoint(X, 40),
            Steps.restore(X, "home"), Steps.action("collect"));

    private static ResolvedStepsRecorded pin(List<Step> steps, String digest) {
        Json.Arr wire = StepWireCodec.toPayloads(steps);
        return new ResolvedStepsRecorded(PROCEDURE_ID, wire, steps.size(), digest, EARLIER.plusMillis(500));
    }

    private static List<ProcedureEvent> heldAfterConducting(ResolvedStepsRecorded pin) {
        return List.of(registered(), pin, started(), logbookOpened(), held(ActuationKind.Simulated));
    }

    private static final List<ProcedureEvent> HELD = heldAfterConducting(
            pin(PINNED, CanonicalJson.sha256(StepWireCodec.toPayloads(PINNED))));

    private static Optional<Json.Obj> lastRow(int stepIndex, String result) {
        return Optional.of(Json.Obj.builder().put("step_index", stepIndex).put("result", result).build());
    }

    private static Json.Obj captureRow(int stepIndex, String name, String result, double value) {
        Json.ObjBuilder row = Json.Obj.builder().put("address", X).put("capture_name", name).put("step_index", stepIndex)
                .put("result", result);
        if (result.equals("ok")) {
            row.put("captured_value", Json.num(value));
        }
        return row.build();
    }

    private static ResumePlan plan(List<ProcedureEvent> events, OptionalLong requested, Optional<Json.Obj> lastRow,
                                   boolean restore, List<Json.Obj> captureRows) {
        return ResumePlan.plan(PROCEDURE_ID, ProcedureEvolver.fold(events), events, requested, lastRow, restore,
                captureRows);
    }

    @Test
    void withoutARequestedBoundaryTheComputedResumePointIsUsed() {
        ResumePlan plan = plan(HELD, OptionalLong.empty(), lastRow(1, "failed"), false, List.of());

        assertThat(plan.steps()).isEqualTo(PINNED);
        assertThat(plan.boundary()).isEqualTo(1);
        assertThat(plan.captures()).isEmpty();
        assertThat(plan.computed()).isEqualTo(new ResumePoint(1, ResumePoint.Reason.FAILED, PINNED.get(1), 4, true));
    }

    @Test
    void aRequestedBoundaryWinsAndTheComputedPointIsStillReported() {
        ResumePlan plan = plan(HELD, OptionalLong.of(3), lastRow(1, "in_flight"), false, List.of());

        assertThat(plan.boundary()).isEqualTo(3);
        assertThat(plan.computed().boundary()).isEqualTo(1);
        assertThat(plan.computed().reason()).isEqualTo(ResumePoint.Reason.IN_FLIGHT);
    }

    @Test
    void aBoundaryEqualToTheStepCountIsAllowed() {
        assertThat(plan(HELD, OptionalLong.of(4), Optional.empty(), false, List.of()).boundary()).isEqualTo(4);
    }

    @Test
    void aBoundaryPastThePinnedListIsRefusedNamingItsLength() {
        assertThatThrownBy(() -> plan(HELD, OptionalLong.of(5), Optional.empty(), false, List.of()))
                .isInstanceOfSatisfying(InvalidProcedureReEstablishmentBoundaryError.class,
                        e -> assertThat(e.value()).isEqualTo(5))
                .hasMessageContaining("4 steps");
    }

    @Test
    void aNegativeBoundaryIsRefused() {
        assertThatThrownBy(() -> plan(HELD, OptionalLong.of(-1), Optional.empty(), false, List.of()))
                .isInstanceOfSatisfying(InvalidProcedureReEstablishmentBoundaryError.class,
                        e -> assertThat(e.value()).isEqualTo(-1));
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        assertThatThrownBy(() -> ResumePlan.plan(PROCEDURE_ID, null, List.of(), OptionalLong.of(0), Optional.empty(),
                false, List.of())).isInstanceOf(ProcedureNotFoundError.class);
    }

    @ParameterizedTest
    @EnumSource(value = ProcedureStatus.class, names = "Held", mode = EnumSource.Mode.EXCLUDE)
    void aProcedureNotHeldIsRefusedBeforeThePinIsRead(ProcedureStatus status) {
        List<ProcedureEvent> withoutPin = new ArrayList<>(historyIn(status));
        withoutPin.removeIf(e -> e instanceof ResolvedStepsRecorded);

        assertThatThrownBy(() -> plan(withoutPin, OptionalLong.of(-1), Optional.empty(), false, List.of()))
                .isInstanceOfSatisfying(ProcedureCannotResumeError.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(status);
                    assertThat(e.parentRunHeld()).isFalse();
                });
    }

    @Test
    void aHeldProcedureWithoutAPinIsCorrupt() {
        List<ProcedureEvent> events = List.of(registered(), started(), held(null));

        assertThatThrownBy(() -> plan(events, OptionalLong.of(0), Optional.empty(), false, List.of()))
                .isInstanceOf(ResolvedStepsRecordNotFoundError.class);
    }

    @Test
    void aTamperedPinIsRefusedBeforeTheBoundaryIsChecked() {
        List<ProcedureEvent> events = heldAfterConducting(pin(PINNED, "0".repeat(64)));

        assertThatThrownBy(() -> plan(events, OptionalLong.of(-1), Optional.empty(), false, List.of()))
                .isInstanceOf(ResolvedStepsDigestMismatchError.class);
    }

    @Test
    void restoredCapturesAreTheLatestOkOnesBeforeTheBoundary() {
        List<Json.Obj> captureRows = List.of(captureRow(0, "home", "ok", 12.5), captureRow(0, "home", "ok", 12.75),
                captureRow(0, "other", "failed", 0), captureRow(2, "late", "ok", 99));

        ResumePlan plan = plan(HELD, OptionalLong.of(2), Optional.empty(), true, captureRows);

        assertThat(plan.captures()).containsExactly(java.util.Map.entry("home", Json.num(12.75)));
    }

    @Test
    void capturesAtOrAfterTheBoundaryAreNotRestoredSoTheReplayReReadsThem() {
        ResumePlan plan = plan(HELD, OptionalLong.of(0), Optional.empty(), true,
                List.of(captureRow(0, "home", "ok", 12.5)));

        assertThat(plan.captures()).isEmpty();
    }

    @Test
    void withoutTheRestoreFlagNoCaptureIsRestored() {
        ResumePlan plan = plan(HELD, OptionalLong.of(2), Optional.empty(), false,
                List.of(captureRow(0, "home", "ok", 12.5)));

        assertThat(plan.captures()).isEmpty();
    }

    @Test
    void thePointOfAStartedProcedureIsReadWhateverItsStatus() {
        assertThat(ResumePlan.pointOf(PROCEDURE_ID, ProcedureEvolver.fold(HELD), HELD, lastRow(0, "ok")))
                .isEqualTo(new ResumePoint(1, ResumePoint.Reason.NEXT, PINNED.get(1), 4, true));
        List<ProcedureEvent> running = historyIn(ProcedureStatus.Running);
        assertThat(ResumePlan.pointOf(PROCEDURE_ID, ProcedureEvolver.fold(running), running, Optional.empty())
                .boundary()).isZero();
    }

    @Test
    void aDefinedProcedureHasNoPointAndAnUnknownOneIsNotFound() {
        List<ProcedureEvent> defined = historyIn(ProcedureStatus.Defined);

        assertThatThrownBy(() -> ResumePlan.pointOf(PROCEDURE_ID, ProcedureEvolver.fold(defined), defined,
                Optional.empty())).isInstanceOfSatisfying(ProcedureCannotResumeError.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(ProcedureStatus.Defined));
        assertThatThrownBy(() -> ResumePlan.pointOf(PROCEDURE_ID, null, List.of(), Optional.empty()))
                .isInstanceOf(ProcedureNotFoundError.class);
    }
}
