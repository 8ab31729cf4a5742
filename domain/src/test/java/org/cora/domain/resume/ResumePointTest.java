package org.cora.domain.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.resume.ResumePoint.Reason;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.Step;
import org.cora.domain.testing.RandomSteps;
import org.cora.domain.testing.Seeded;
import org.cora.domain.testing.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference 6.3: the resume point read off the journal's last conductor row. */
class ResumePointTest {

    private static final Step ROT = Steps.setpoint("2bma:rot", 45.0);
    private static final Step EXPOSURE = Steps.setpoint("2bma:exposure", 0.025);
    private static final Step COLLECT = Steps.action("collect");
    private static final Step SHUTTER = Steps.checkEquals("2bma:shutter", Json.str("Open"));
    private static final List<Step> PINNED = List.of(ROT, EXPOSURE, COLLECT, SHUTTER);

    private static Optional<Json.Obj> lastRow(int stepIndex, String result) {
        return Optional.of(Json.Obj.builder().put("address", "2bma:x").put("step_index", stepIndex)
                .put("result", result).build());
    }

    @Test
    void aJournalWithoutRowsResumesFromTheFirstStep() {
        ResumePoint point = ResumePoint.from(Optional.empty(), PINNED);

        assertThat(point).isEqualTo(new ResumePoint(0, Reason.NEXT, ROT, 4, true));
    }

    @Test
    void anEmptyPinnedListResumesAtItsEndWithNoStep() {
        assertThat(ResumePoint.from(Optional.empty(), List.of()))
                .isEqualTo(new ResumePoint(0, Reason.NEXT, null, 0, false));
    }

    @Test
    void aLastInFlightRowIsTheStepInterruptedMidEffect() {
        assertThat(ResumePoint.from(lastRow(1, "in_flight"), PINNED))
                .isEqualTo(new ResumePoint(1, Reason.IN_FLIGHT, EXPOSURE, 4, true));
    }

    @Test
    void anInFlightActionIsTheBoundaryAndHaltsTheReplay() {
        assertThat(ResumePoint.from(lastRow(2, "in_flight"), PINNED))
                .isEqualTo(new ResumePoint(2, Reason.IN_FLIGHT, COLLECT, 4, true));
    }

    @Test
    void aLastFailedRowIsTheStepThatFailed() {
        assertThat(ResumePoint.from(lastRow(3, "failed"), PINNED))
                .isEqualTo(new ResumePoint(3, Reason.FAILED, SHUTTER, 4, false));
    }

    @Test
    void aLastOkRowMeansTheNextStepWasNotYetDone() {
        assertThat(ResumePoint.from(lastRow(0, "ok"), PINNED))
                .isEqualTo(new ResumePoint(1, Reason.NEXT, EXPOSURE, 4, true));
    }

    @Test
    void anOkRowAtTheLastIndexResumesAtTheEndWithNoStepAndNoHalt() {
        assertThat(ResumePoint.from(lastRow(3, "ok"), PINNED))
                .isEqualTo(new ResumePoint(4, Reason.NEXT, null, 4, false));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void aReplayHaltsAtAcquisitionWhenAnActionLiesAtOrAfterTheBoundary(int failedAt) {
        assertThat(ResumePoint.from(lastRow(failedAt, "failed"), PINNED).haltsAtAcquisition()).isTrue();
    }

    @Test
    void anActionBeforeTheBoundaryDoesNotHaltTheReplay() {
        assertThat(ResumePoint.from(lastRow(2, "ok"), PINNED).haltsAtAcquisition()).isFalse();
    }

    @Test
    void aListWithoutActionsNeverHalts() {
        assertThat(ResumePoint.from(Optional.empty(), List.of(ROT, SHUTTER, EXPOSURE)).haltsAtAcquisition()).isFalse();
    }

    @Test
    void itsPayloadNamesTheBoundaryTheReasonTheStepInWireFormTheCountAndTheHalt() {
        assertThat(ResumePoint.from(lastRow(1, "in_flight"), PINNED).toPayload()).isEqualTo(JsonParser.parse("""
                {"re_establishment_boundary":1,"reason":"in_flight",
                 "step":{"kind":"setpoint","address":"2bma:exposure","value":0.025,"verify":false},
                 "step_count":4,"halts_at_acquisition":true}"""));
        assertThat(ResumePoint.from(lastRow(3, "ok"), PINNED).toPayload()).isEqualTo(JsonParser.parse("""
                {"re_establishment_boundary":4,"reason":"next","step":null,"step_count":4,
                 "halts_at_acquisition":false}"""));
        assertThat(ResumePoint.from(lastRow(0, "failed"), PINNED).toPayload().get("reason"))
                .contains(Json.str("failed"));
    }

    @Test
    void theReasonsHaveTheirWireNames() {
        assertThat(List.of(Reason.values())).extracting(Reason::wireName)
                .containsExactly("in_flight", "failed", "next");
    }

    @Test
    void theRulesHoldForEveryListAndEveryLastRow() {
        Seeded.forAll("resume point rules", 1000, (random, i) -> {
            List<Step> pinned = new ArrayList<>();
            int size = random.nextInt(8);
            for (int k = 0; k < size; k++) {
                pinned.add(RandomSteps.pinned(random));
            }
            Optional<Json.Obj> row = size == 0 || random.nextInt(5) == 0 ? Optional.empty()
                    : lastRow(random.nextInt(size), List.of("in_flight", "ok", "failed").get(random.nextInt(3)));

            ResumePoint point = ResumePoint.from(row, pinned);

            int expected = row.map(r -> {
                int index = ((Json.Num) r.get("step_index").orElseThrow()).value().intValueExact();
                return r.get("result").orElseThrow().equals(Json.str("ok")) ? index + 1 : index;
            }).orElse(0);
            assertThat(point.boundary()).isEqualTo(expected);
            assertThat(point.stepCount()).isEqualTo(size);
            assertThat(point.step()).isEqualTo(expected < size ? pinned.get(expected) : null);
            assertThat(point.haltsAtAcquisition())
                    .isEqualTo(pinned.subList(expected, size).stream().anyMatch(s -> s instanceof ActionStep));
        });
    }
}
