package org.cora.domain.step;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cora.domain.json.Json;

/**
 * The wire form of steps. {@link #toPayload} writes the pinned form of {@code ResolvedStepsRecorded};
 * {@link #fromPayload} is its exact inverse ({@code fromPayload(toPayload(s)).equals(s)} for every
 * step). {@link #fromRequest} reads the stricter public request form: setpoint, action and check
 * only, no capture references. Both readers reject unknown fields and name the offending path.
 */
public final class StepWireCodec {

    public static final String CAPTURE_SENTINEL = "__capture__";

    private static final Set<String> SETPOINT_FIELDS = Set.of("kind", "address", "value", "verify");
    private static final Set<String> ACTION_FIELDS = Set.of("kind", "name", "params");
    private static final Set<String> CHECK_FIELDS = Set.of("kind", "address", "criterion");
    private static final Set<String> CAPTURE_FIELDS = Set.of("kind", "address", "capture_name");
    private static final Set<String> EQUALS_FIELDS = Set.of("kind", "expected");
    private static final Set<String> TOLERANCE_FIELDS = Set.of("kind", "expected", "tolerance");

    private StepWireCodec() {
    }

    public static Json.Obj toPayload(Step step) {
        Json.ObjBuilder out = Json.Obj.builder().put("kind", step.kind());
        return switch (step) {
            case SetpointStep s -> out.put("address", s.address()).put("value", valueToPayload(s.value()))
                    .put("verify", s.verify()).build();
            case ActionStep a -> out.put("name", a.name()).put("params", a.params()).build();
            case CheckStep c -> out.put("address", c.address()).put("criterion", criterionToPayload(c.criterion()))
                    .build();
            case CaptureStep c -> out.put("address", c.address()).put("capture_name", c.captureName()).build();
        };
    }

    public static Json.Arr toPayloads(List<Step> steps) {
        return new Json.Arr(steps.stream().map(s -> (Json) toPayload(s)).toList());
    }

    public static Json valueToPayload(SetpointValue value) {
        return switch (value) {
            case SetpointValue.Literal l -> l.value();
            case SetpointValue.CaptureRef r -> Json.Obj.builder().put(CAPTURE_SENTINEL, r.captureName()).build();
        };
    }

    public static Json.Obj criterionToPayload(CheckCriterion criterion) {
        return switch (criterion) {
            case EqualsCriterion e -> Json.Obj.builder().put("kind", "equals").put("expected", e.expected()).build();
            case WithinToleranceCriterion w -> Json.Obj.builder().put("kind", "within_tolerance")
                    .put("expected", Json.num(w.expected())).put("tolerance", Json.num(w.tolerance())).build();
        };
    }

    /** Reads a pinned list back; the inverse of {@link #toPayloads}. */
    public static List<Step> fromPayloads(Json payload, String path) {
        return readList(payload, path, true);
    }

    /** Reads one pinned step; the inverse of {@link #toPayload}. */
    public static Step fromPayload(Json payload, String path) {
        return read(payload, path, true);
    }

    /** Reads the steps of a conduct request: setpoint, action and check, no sentinels. */
    public static List<Step> fromRequest(Json payload, String path) {
        return readList(payload, path, false);
    }

    private static List<Step> readList(Json payload, String path, boolean pinned) {
        if (!(payload instanceof Json.Arr array)) {
            throw new InvalidStepError(path + " must be an array of steps");
        }
        List<Step> steps = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            steps.add(read(array.items().get(i), path + "[" + i + "]", pinned));
        }
        return List.copyOf(steps);
    }

    private static Step read(Json payload, String path, boolean pinned) {
        Json.Obj step = object(payload, path);
        String kind = string(step, "kind", path);
        return switch (kind) {
            case "setpoint" -> {
                fieldsOnly(step, SETPOINT_FIELDS, path);
                yield new SetpointStep(string(step, "address", path), readValue(step, path, pinned),
                        optionalBoolean(step, "verify", path));
            }
            case "action" -> {
                fieldsOnly(step, ACTION_FIELDS, path);
                Json params = step.get("params").orElse(Json.Obj.EMPTY);
                yield new ActionStep(string(step, "name", path), object(params, path + ".params"));
            }
            case "check" -> {
                fieldsOnly(step, CHECK_FIELDS, path);
                yield new CheckStep(string(step, "address", path),
                        readCriterion(required(step, "criterion", path), path + ".criterion"));
            }
            case "capture" -> {
                if (!pinned) {
                    throw unknownKind(kind, path, "setpoint, action, check");
                }
                fieldsOnly(step, CAPTURE_FIELDS, path);
                yield new CaptureStep(string(step, "address", path), string(step, "capture_name", path));
            }
            default -> throw unknownKind(kind, path, pinned ? "setpoint, action, check, capture" : "setpoint, action, check");
        };
    }

    private static SetpointValue readValue(Json.Obj step, String path, boolean pinned) {
        Json value = required(step, "value", path);
        if (value instanceof Json.Obj sentinel && pinned && sentinel.fields().size() == 1
                && sentinel.has(CAPTURE_SENTINEL)) {
            return new SetpointValue.CaptureRef(string(sentinel, CAPTURE_SENTINEL, path + ".value"));
        }
        try {
            return new SetpointValue.Literal(value);
        } catch (InvalidStepError e) {
            throw new InvalidStepError(path + "." + e.getMessage());
        }
    }

    /** Reads a check criterion in its wire form; {@link #criterionToPayload} is its exact inverse. */
    public static CheckCriterion criterionFromPayload(Json payload, String path) {
        return readCriterion(payload, path);
    }

    private static CheckCriterion readCriterion(Json payload, String path) {
        Json.Obj criterion = object(payload, path);
        String kind = string(criterion, "kind", path);
        return switch (kind) {
            case "equals" -> {
                fieldsOnly(criterion, EQUALS_FIELDS, path);
                Json expected = required(criterion, "expected", path);
                try {
                    yield new EqualsCriterion(expected);
                } catch (InvalidStepError e) {
                    throw new InvalidStepError(path + "." + e.getMessage());
                }
            }
            case "within_tolerance" -> {
                fieldsOnly(criterion, TOLERANCE_FIELDS, path);
                BigDecimal tolerance = number(criterion, "tolerance", path);
                if (tolerance.signum() < 0) {
                    throw new InvalidStepError(path + ".tolerance must be >= 0, got " + tolerance.toPlainString());
                }
                yield new WithinToleranceCriterion(number(criterion, "expected", path), tolerance);
            }
            default -> throw new InvalidStepError(path + ".kind: unknown criterion kind: '" + kind
                    + "' (known: equals, within_tolerance)");
        };
    }

    private static InvalidStepError unknownKind(String kind, String path, String known) {
        return new InvalidStepError(path + ".kind: unknown step kind: '" + kind + "' (known: " + known + ")");
    }

    private static void fieldsOnly(Json.Obj object, Set<String> allowed, String path) {
        for (String key : object.fields().keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidStepError(path + ": unknown field '" + key + "'");
            }
        }
    }

    private static Json required(Json.Obj object, String key, String path) {
        return object.get(key).orElseThrow(() -> new InvalidStepError(path + "." + key + " is required"));
    }

    private static Json.Obj object(Json value, String path) {
        if (value instanceof Json.Obj object) {
            return object;
        }
        throw new InvalidStepError(path + " must be an object");
    }

    private static String string(Json.Obj object, String key, String path) {
        if (required(object, key, path) instanceof Json.Str s && !s.value().isBlank()) {
            return s.value();
        }
        throw new InvalidStepError(path + "." + key + " must be a non-empty string");
    }

    private static BigDecimal number(Json.Obj object, String key, String path) {
        if (required(object, key, path) instanceof Json.Num n) {
            return n.value();
        }
        throw new InvalidStepError(path + "." + key + " must be a number");
    }

    private static boolean optionalBoolean(Json.Obj object, String key, String path) {
        Json value = object.fields().getOrDefault(key, Json.bool(false));
        if (value instanceof Json.Bool b) {
            return b.value();
        }
        throw new InvalidStepError(path + "." + key + " must be a boolean");
    }

    /** The step kinds the journal may hold: every kind the Conductor records. */
    public static final Set<String> STEP_KINDS = Set.of("setpoint", "action", "check", "capture");
}
