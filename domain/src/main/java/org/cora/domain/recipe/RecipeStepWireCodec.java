package org.cora.domain.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cora.domain.json.Json;
import org.cora.domain.step.InvalidStepError;
import org.cora.domain.step.StepWireCodec;

/**
 * The wire form of recipe steps, for requests and stored events alike: the step wire form with
 * sentinels, single-key objects {@code {"__binding__": name}} (setpoint values and top-level action
 * params) and {@code {"__capture__": name}} (setpoint values). {@link #fromPayload} is the exact
 * inverse of {@link #toPayload}; it rejects unknown fields, unknown kinds and malformed sentinels
 * with {@link InvalidRecipeStepError} naming the path.
 */
public final class RecipeStepWireCodec {

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "setpoint", Set.of("kind", "address", "value", "verify"),
            "action", Set.of("kind", "name", "params"),
            "check", Set.of("kind", "address", "criterion"),
            "capture", Set.of("kind", "address", "capture_name"));

    private RecipeStepWireCodec() {
    }

    public static Json.Obj toPayload(RecipeStep step) {
        Json.ObjBuilder out = Json.Obj.builder().put("kind", step.kind());
        return switch (step) {
            case RecipeSetpointStep s -> out.put("address", s.address()).put("value", valueToPayload(s.value()))
                    .put("verify", s.verify()).build();
            case RecipeActionStep a -> {
                Json.ObjBuilder params = Json.Obj.builder();
                a.params().forEach((key, value) -> params.put(key, valueToPayload(value)));
                yield out.put("name", a.name()).put("params", params.build()).build();
            }
            case RecipeCheckStep c -> out.put("address", c.address())
                    .put("criterion", StepWireCodec.criterionToPayload(c.criterion())).build();
            case RecipeCaptureStep c -> out.put("address", c.address()).put("capture_name", c.captureName()).build();
        };
    }

    public static Json.Arr toPayloads(List<RecipeStep> steps) {
        return new Json.Arr(steps.stream().map(s -> (Json) toPayload(s)).toList());
    }

    public static Json valueToPayload(RecipeValue value) {
        return switch (value) {
            case RecipeValue.Literal l -> l.value();
            case RecipeValue.BindingRef b -> Json.Obj.builder().put(RecipeValue.BINDING_SENTINEL, b.name()).build();
            case RecipeValue.CaptureRef c -> Json.Obj.builder().put(RecipeValue.CAPTURE_SENTINEL, c.name()).build();
        };
    }

    public static List<RecipeStep> fromPayloads(Json payload, String path) {
        if (!(payload instanceof Json.Arr array)) {
            throw new InvalidRecipeStepError(path + " must be an array of recipe steps");
        }
        List<RecipeStep> steps = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            steps.add(fromPayload(array.items().get(i), path + "[" + i + "]"));
        }
        return List.copyOf(steps);
    }

    public static RecipeStep fromPayload(Json payload, String path) {
        Json.Obj step = object(payload, path);
        String kind = string(step, "kind", path);
        Set<String> allowed = FIELDS.get(kind);
        if (allowed == null) {
            throw new InvalidRecipeStepError(path + ".kind: unknown recipe step kind: '" + kind
                    + "' (known: setpoint, action, check, capture)");
        }
        for (String key : step.fields().keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidRecipeStepError(path + ": unknown field '" + key + "'");
            }
        }
        try {
            return read(kind, step, path);
        } catch (InvalidRecipeStepError | InvalidStepError e) {
            throw new InvalidRecipeStepError(e.getMessage().startsWith(path) ? e.getMessage() : path + ": " + e.getMessage());
        }
    }

    private static RecipeStep read(String kind, Json.Obj step, String path) {
        return switch (kind) {
            case "setpoint" -> new RecipeSetpointStep(string(step, "address", path),
                    readValue(required(step, "value", path), path + ".value"), verify(step, path));
            case "action" -> new RecipeActionStep(string(step, "name", path), params(step, path));
            case "check" -> new RecipeCheckStep(string(step, "address", path), StepWireCodec.criterionFromPayload(
                    required(step, "criterion", path), path + ".criterion"));
            default -> new RecipeCaptureStep(string(step, "address", path), string(step, "capture_name", path));
        };
    }

    private static Map<String, RecipeValue> params(Json.Obj step, String path) {
        Json.Obj params = object(step.get("params").orElse(Json.Obj.EMPTY), path + ".params");
        Map<String, RecipeValue> out = new LinkedHashMap<>();
        params.fields().forEach((key, value) -> out.put(key, readValue(value, path + ".params." + key)));
        return out;
    }

    /** A sentinel is an object with exactly one key, a sentinel key, whose value is a non-empty string. */
    private static RecipeValue readValue(Json value, String path) {
        if (!(value instanceof Json.Obj o) || o.fields().keySet().stream().noneMatch(RecipeValue.SENTINELS::contains)) {
            return new RecipeValue.Literal(value);
        }
        if (o.fields().size() != 1) {
            throw new InvalidRecipeStepError(path + ": a sentinel (" + RecipeValue.SENTINELS
                    + ") must be the only key of its object");
        }
        String key = o.fields().keySet().iterator().next();
        String name = string(o, key, path);
        return key.equals(RecipeValue.BINDING_SENTINEL) ? new RecipeValue.BindingRef(name)
                : new RecipeValue.CaptureRef(name);
    }

    private static boolean verify(Json.Obj step, String path) {
        if (step.fields().getOrDefault("verify", Json.bool(false)) instanceof Json.Bool b) {
            return b.value();
        }
        throw new InvalidRecipeStepError(path + ".verify must be a boolean");
    }

    private static Json required(Json.Obj object, String key, String path) {
        return object.get(key).orElseThrow(() -> new InvalidRecipeStepError(path + "." + key + " is required"));
    }

    private static Json.Obj object(Json value, String path) {
        if (value instanceof Json.Obj object) {
            return object;
        }
        throw new InvalidRecipeStepError(path + " must be an object");
    }

    private static String string(Json.Obj object, String key, String path) {
        if (required(object, key, path) instanceof Json.Str s && !s.value().isBlank()) {
            return s.value();
        }
        throw new InvalidRecipeStepError(path + "." + key + " must be a non-empty string");
    }
}
