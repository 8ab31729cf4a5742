package org.cora.domain.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cora.domain.json.Json;
import org.cora.domain.testing.RandomJson;
import org.cora.domain.testing.RandomSteps;
import org.cora.domain.testing.Seeded;
import org.junit.jupiter.api.Test;

/**
 * Valid step payloads, each broken in one way (a required key dropped, an unknown key added, a
 * value of the wrong type), are refused with {@link InvalidStepError} naming the broken step.
 */
class StepRejectionPropertyTest {

    private static final int CASES = 2000;

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "setpoint", List.of("kind", "address", "value"),
            "action", List.of("kind", "name"),
            "check", List.of("kind", "address", "criterion"),
            "capture", List.of("kind", "address", "capture_name"),
            "equals", List.of("kind", "expected"),
            "within_tolerance", List.of("kind", "expected", "tolerance"));

    private static final Json NON_EMPTY_OBJECT = Json.Obj.builder().put("a", 1).build();

    /** Values of the wrong type for each field; none of them can be read as that field. */
    private static List<Json> wrongValuesFor(String owner, String key, boolean pinned) {
        return switch (key) {
            case "kind" -> List.of(Json.num(1), Json.NULL, Json.bool(true), Json.str(""), Json.str("move"),
                    Json.Obj.EMPTY);
            case "address", "name", "capture_name" -> List.of(Json.num(7), Json.bool(false), Json.NULL,
                    Json.Arr.of(Json.str("a")), NON_EMPTY_OBJECT, Json.str(" "), Json.str(""));
            case "value" -> pinned
                    ? List.of(Json.NULL, Json.Obj.EMPTY, NON_EMPTY_OBJECT, Json.Arr.of(Json.num(1), Json.NULL),
                            Json.Arr.of(Json.Obj.EMPTY))
                    : List.of(Json.NULL, Json.Obj.EMPTY, NON_EMPTY_OBJECT, Json.Arr.of(Json.num(1), Json.NULL),
                            Json.Arr.of(Json.Obj.EMPTY), Json.Obj.builder().put("__capture__", "home").build());
            case "verify" -> List.of(Json.str("true"), Json.num(1), Json.NULL, Json.Arr.of());
            case "params" -> List.of(Json.Arr.of(), Json.str("{}"), Json.num(0), Json.NULL);
            case "criterion" -> List.of(Json.str("equals"), Json.Arr.of(), Json.NULL, Json.num(1));
            case "expected" -> owner.equals("equals")
                    ? List.of(Json.NULL, Json.Obj.EMPTY, NON_EMPTY_OBJECT)
                    : List.of(Json.str("100"), Json.bool(true), Json.NULL, Json.Arr.of(Json.num(1)));
            case "tolerance" -> List.of(Json.str("0.5"), Json.bool(false), Json.NULL, Json.num(-0.001),
                    Json.Arr.of());
            default -> throw new IllegalArgumentException(key);
        };
    }

    private record Broken(Json.Obj step, String how) {
    }

    private static Broken breakOneThing(Json.Obj step, Random random, boolean pinned) {
        boolean inCriterion = step.has("criterion") && random.nextBoolean();
        Json.Obj target = inCriterion ? (Json.Obj) step.get("criterion").orElseThrow() : step;
        String owner = ((Json.Str) target.get("kind").orElseThrow()).value();
        List<String> keys = new ArrayList<>(target.fields().keySet());
        Json.Obj broken;
        String how;
        switch (random.nextInt(3)) {
            case 0 -> {
                List<String> required = REQUIRED.get(owner);
                String key = required.get(random.nextInt(required.size()));
                broken = without(target, key);
                how = "dropped " + key;
            }
            case 1 -> {
                String key = "x_" + RandomJson.text(random);
                broken = target.with(key, RandomJson.value(random, 2));
                how = "added " + key;
            }
            default -> {
                String key = keys.get(random.nextInt(keys.size()));
                List<Json> wrong = wrongValuesFor(owner, key, pinned);
                Json value = wrong.get(random.nextInt(wrong.size()));
                broken = target.with(key, value);
                how = "set " + key + " to " + value;
            }
        }
        return new Broken(inCriterion ? step.with("criterion", broken) : broken,
                (inCriterion ? "criterion: " : "") + how);
    }

    private static Json.Obj without(Json.Obj object, String key) {
        Map<String, Json> fields = new LinkedHashMap<>(object.fields());
        fields.remove(key);
        return new Json.Obj(fields);
    }

    @Test
    void aRequestWithOneBrokenStepIsAlwaysRefusedNamingThatStep() {
        Seeded.forAll("broken request step is refused", CASES, (random, i) -> {
            List<Json> steps = new ArrayList<>();
            int size = 1 + random.nextInt(3);
            for (int k = 0; k < size; k++) {
                steps.add(StepWireCodec.toPayload(RandomSteps.requestable(random)));
            }
            int victim = random.nextInt(size);
            Broken broken = breakOneThing((Json.Obj) steps.get(victim), random, false);
            steps.set(victim, broken.step());

            Throwable thrown = catchThrowable(() -> StepWireCodec.fromRequest(new Json.Arr(steps), "steps"));

            assertThat(thrown).as("%s in %s", broken.how(), broken.step()).isInstanceOf(InvalidStepError.class);
            assertThat(thrown.getMessage()).as("%s", broken.how()).startsWith("steps[" + victim + "]");
        });
    }

    @Test
    void aPinnedStepWithOneThingBrokenIsAlwaysRefused() {
        Seeded.forAll("broken pinned step is refused", CASES, (random, i) -> {
            Json.Obj step = StepWireCodec.toPayload(RandomSteps.pinned(random));
            Broken broken = breakOneThing(step, random, true);

            Throwable thrown = catchThrowable(() -> StepWireCodec.fromPayload(broken.step(), "resolved_steps[4]"));

            assertThat(thrown).as("%s in %s", broken.how(), broken.step()).isInstanceOf(InvalidStepError.class);
            assertThat(thrown.getMessage()).startsWith("resolved_steps[4]");
        });
    }
}
