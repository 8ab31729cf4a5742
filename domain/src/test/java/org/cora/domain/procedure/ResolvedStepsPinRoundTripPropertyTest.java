package org.cora.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cora.domain.testing.FixedClock.NOW;
import static org.cora.domain.testing.ProcedureFixtures.PROCEDURE_ID;
import static org.cora.domain.testing.ProcedureFixtures.registered;
import static org.cora.domain.testing.ProcedureFixtures.started;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureEvent.ProcedureHeld;
import org.cora.domain.procedure.ProcedureEvent.ResolvedStepsRecorded;
import org.cora.domain.resume.ResumePoint;
import org.cora.domain.step.Step;
import org.cora.domain.step.StepWireCodec;
import org.cora.domain.testing.RandomJson;
import org.cora.domain.testing.RandomSteps;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

/**
 * The pinned list survives the event store: decided, stored as JSON text (or written back with
 * other key orders and number scales), read and verified, it replays exactly the conducted
 * steps; any altered step is caught by the digest. The held event's resume point survives too.
 */
class ResolvedStepsPinRoundTripPropertyTest {

    private static final int CASES = 500;

    private static List<Step> randomList(Random random) {
        List<Step> steps = new ArrayList<>();
        int size = random.nextInt(10);
        for (int k = 0; k < size; k++) {
            steps.add(RandomSteps.pinned(random));
        }
        return steps;
    }

    private static ResolvedStepsRecorded pinOf(List<Step> steps) {
        List<ProcedureEvent> decided = ResolvedStepsPin.decide(ProcedureEvolver.fold(List.of(registered())), steps, NOW);
        assertThat(decided).hasSize(1);
        return (ResolvedStepsRecorded) decided.get(0);
    }

    private static ProcedureEvent stored(ProcedureEvent event) {
        Json.Obj text = (Json.Obj) JsonParser.parse(ProcedureEventCodec.toPayload(event).toJsonText());
        return ProcedureEventCodec.fromStored(event.eventType(), text);
    }

    @Test
    void aDecidedPinStoredAsTextReplaysExactlyTheConductedSteps() {
        Seeded.forAll("ofStartedConduct(stored(decide(steps))) == steps", CASES, (random, i) -> {
            List<Step> steps = randomList(random);
            ResolvedStepsRecorded pin = pinOf(steps);

            ProcedureEvent read = stored(pin);

            assertThat(read).isEqualTo(pin);
            assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, List.of(registered(), read, started())))
                    .isEqualTo(steps);
        });
    }

    @Test
    void thePinVerifiesWhateverKeyOrderAndNumberScaleItIsWrittenBackWith() {
        Seeded.forAll("digest(rewritten(wire)) == digest(wire)", CASES, (random, i) -> {
            List<Step> steps = randomList(random);
            ResolvedStepsRecorded pin = pinOf(steps);
            Json.Arr rewritten = (Json.Arr) RandomJson.rewritten(pin.resolvedSteps(), random);
            ResolvedStepsRecorded written = new ResolvedStepsRecorded(PROCEDURE_ID, rewritten, pin.stepCount(),
                    pin.resolvedStepsDigest(), pin.occurredAt());

            assertThat(CanonicalJson.sha256(rewritten)).isEqualTo(pin.resolvedStepsDigest());
            assertThat(ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID, List.of(registered(), stored(written), started())))
                    .isEqualTo(steps);
        });
    }

    @Test
    void anyAlteredStepIsCaughtByTheDigest() {
        Seeded.forAll("altered pin => ResolvedStepsDigestMismatchError", CASES, (random, i) -> {
            List<Step> steps = randomList(random);
            steps.add(RandomSteps.pinned(random));
            ResolvedStepsRecorded pin = pinOf(steps);
            List<Step> altered = new ArrayList<>(steps);
            int at = random.nextInt(altered.size());
            Step replacement = RandomSteps.pinned(random);
            if (CanonicalJson.encode(StepWireCodec.toPayload(replacement))
                    .equals(CanonicalJson.encode(StepWireCodec.toPayload(altered.get(at))))) {
                return;
            }
            altered.set(at, replacement);
            ResolvedStepsRecorded tampered = new ResolvedStepsRecorded(PROCEDURE_ID, StepWireCodec.toPayloads(altered),
                    pin.stepCount(), pin.resolvedStepsDigest(), pin.occurredAt());

            Throwable thrown = catchThrowable(() -> ResolvedStepsPin.ofStartedConduct(PROCEDURE_ID,
                    List.of(registered(), stored(tampered), started())));

            assertThat(thrown).isInstanceOfSatisfying(ResolvedStepsDigestMismatchError.class,
                    e -> assertThat(e.recorded()).isEqualTo(pin.resolvedStepsDigest()));
        });
    }

    @Test
    void aHeldEventCarryingAnyResumePointSurvivesStorage() {
        Seeded.forAll("stored(held(resumePoint)) == held(resumePoint)", CASES, (random, i) -> {
            List<Step> steps = randomList(random);
            Optional<Json.Obj> lastRow = steps.isEmpty() || random.nextBoolean() ? Optional.empty()
                    : Optional.of(Json.Obj.builder().put("step_index", random.nextInt(steps.size()))
                            .put("result", List.of("in_flight", "ok", "failed").get(random.nextInt(3))).build());
            Json.Obj point = ResumePoint.from(lastRow, steps).toPayload();
            ActuationKind kind = random.nextInt(4) == 0 ? null : ActuationKind.values()[random.nextInt(3)];
            ProcedureHeld held = new ProcedureHeld(PROCEDURE_ID, "conductor lost " + RandomJson.text(random), null,
                    NOW, kind, point);

            assertThat(stored(held)).isEqualTo(held);
            Json step = ((ProcedureHeld) stored(held)).resumePoint().get("step").orElseThrow();
            if (!(step instanceof Json.Null)) {
                assertThat(StepWireCodec.fromPayload(step, "resume_point.step")).isIn(steps);
            }
        });
    }
}
