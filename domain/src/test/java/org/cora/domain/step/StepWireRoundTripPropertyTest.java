package org.cora.domain.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.testing.RandomSteps;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

/** Reference 3.5: {@code fromPayload(toPayload(s)).equals(s)} for every step the generators can make. */
class StepWireRoundTripPropertyTest {

    private static final int CASES = 2000;

    @Test
    void everyPinnedStepReadsBackEqualFromItsWireForm() {
        Seeded.forAll("fromPayload(toPayload(s)) == s", CASES, (random, i) -> {
            Step step = RandomSteps.pinned(random);

            assertThat(StepWireCodec.fromPayload(StepWireCodec.toPayload(step), "steps[" + i + "]"))
                    .as("step %s", step).isEqualTo(step);
        });
    }

    @Test
    void everyPinnedStepReadsBackEqualAfterBeingStoredAsJsonText() {
        Seeded.forAll("fromPayload(parse(text(toPayload(s)))) == s", CASES, (random, i) -> {
            Step step = RandomSteps.pinned(random);
            Json stored = JsonParser.parse(StepWireCodec.toPayload(step).toJsonText());

            assertThat(StepWireCodec.fromPayload(stored, "steps[0]")).as("step %s", step).isEqualTo(step);
        });
    }

    @Test
    void everyRequestableStepIsAcceptedAsARequestAndReadsBackEqual() {
        Seeded.forAll("fromRequest([toPayload(s)]) == [s]", CASES, (random, i) -> {
            Step step = RandomSteps.requestable(random);

            assertThat(StepWireCodec.fromRequest(Json.Arr.of(StepWireCodec.toPayload(step)), "steps"))
                    .as("step %s", step).containsExactly(step);
        });
    }

    @Test
    void aWholePinnedListRoundTripsInOrder() {
        Seeded.forAll("fromPayloads(toPayloads(list)) == list", 200, (random, i) -> {
            List<Step> steps = new ArrayList<>();
            int size = random.nextInt(12);
            for (int k = 0; k < size; k++) {
                steps.add(RandomSteps.pinned(random));
            }

            assertThat(StepWireCodec.fromPayloads(StepWireCodec.toPayloads(steps), "resolved_steps"))
                    .isEqualTo(steps);
        });
    }

    private enum Shape { SCALAR_SETPOINT, ARRAY_SETPOINT, BOOL_SETPOINT, STRING_SETPOINT, CAPTURE_REF_SETPOINT,
        VERIFIED_SETPOINT, ACTION_WITH_NESTED_PARAMS, EQUALS_CHECK, TOLERANCE_CHECK, CAPTURE }

    @Test
    void theGeneratorsCoverEveryKindAndShape() {
        Random random = new Random(42);
        EnumMap<Shape, Integer> seen = new EnumMap<>(Shape.class);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < CASES; i++) {
            Step step = RandomSteps.pinned(random);
            kinds.add(step.kind());
            shapesOf(step).forEach(shape -> seen.merge(shape, 1, Integer::sum));
        }

        assertThat(kinds).containsExactlyInAnyOrderElementsOf(StepWireCodec.STEP_KINDS);
        assertThat(seen.keySet()).containsExactlyInAnyOrder(Shape.values());
    }

    private static List<Shape> shapesOf(Step step) {
        List<Shape> shapes = new ArrayList<>();
        switch (step) {
            case SetpointStep s -> {
                if (s.verify()) {
                    shapes.add(Shape.VERIFIED_SETPOINT);
                }
                shapes.add(switch (s.value()) {
                    case SetpointValue.CaptureRef r -> Shape.CAPTURE_REF_SETPOINT;
                    case SetpointValue.Literal l -> switch (l.value()) {
                        case Json.Arr a -> Shape.ARRAY_SETPOINT;
                        case Json.Bool b -> Shape.BOOL_SETPOINT;
                        case Json.Str t -> Shape.STRING_SETPOINT;
                        default -> Shape.SCALAR_SETPOINT;
                    };
                });
            }
            case ActionStep a -> {
                if (a.params().fields().values().stream().anyMatch(v -> v instanceof Json.Obj || v instanceof Json.Arr)) {
                    shapes.add(Shape.ACTION_WITH_NESTED_PARAMS);
                }
            }
            case CheckStep c -> shapes.add(c.criterion() instanceof EqualsCriterion ? Shape.EQUALS_CHECK
                    : Shape.TOLERANCE_CHECK);
            case CaptureStep c -> shapes.add(Shape.CAPTURE);
        }
        return shapes;
    }
}
