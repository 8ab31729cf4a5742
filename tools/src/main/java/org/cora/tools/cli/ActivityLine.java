package org.cora.tools.cli;

import java.util.Optional;
import java.util.OptionalInt;
import org.cora.domain.json.Json;

/**
 * Journal rows and steps as a person reads them: {@code step 2 of 3, sim:m1.RBV, 45.0 (ok)}.
 * Steps count from 1 here; the journal's {@code step_index} and a boundary count from 0.
 */
final class ActivityLine {

    private ActivityLine() {
    }

    /** One journal row; {@code stepCount} is the length of the pinned list, when known. */
    static String of(Json.Obj row, OptionalInt stepCount) {
        Json.Obj payload = JsonFields.object(row, "payload").orElse(Json.Obj.EMPTY);
        String kind = JsonFields.text(row, "step_kind").orElse("activity");
        OptionalInt index = JsonFields.integer(payload, "step_index");
        if (index.isEmpty()) {
            return kind + ": " + payload.toJsonText();
        }
        String target = JsonFields.text(payload, "address").or(() -> JsonFields.text(payload, "name")).orElse(kind);
        String result = result(payload);
        return position(index.getAsInt(), stepCount) + ", " + target + ", "
                + value(payload).map(v -> v + " (" + result + ")").orElse(result);
    }

    /** {@code step k of n} for the 0-based {@code index}; {@code n} is {@code ?} until known. */
    static String position(int index, OptionalInt stepCount) {
        return "step " + (index + 1) + " of " + (stepCount.isPresent() ? String.valueOf(stepCount.getAsInt()) : "?");
    }

    /** A step in its wire form: {@code setpoint sim:m1 = 45}, {@code check sim:m1.RBV within 45 +/- 0.01}. */
    static String step(Json.Obj step) {
        String address = JsonFields.text(step, "address").orElse("");
        return switch (JsonFields.text(step, "kind").orElse("")) {
            case "setpoint" -> "setpoint " + address + " = " + JsonFields.text(step, "value").orElse("?");
            case "check" -> "check " + address + " "
                    + criterion(JsonFields.object(step, "criterion").orElse(Json.Obj.EMPTY));
            case "action" -> "action " + JsonFields.text(step, "name").orElse("?")
                    + JsonFields.object(step, "params").filter(p -> !p.fields().isEmpty()).map(p -> " " + p.toJsonText())
                            .orElse("");
            case "capture" -> "capture " + address + " as " + JsonFields.text(step, "capture_name").orElse("?");
            default -> step.toJsonText();
        };
    }

    private static String criterion(Json.Obj criterion) {
        String expected = JsonFields.text(criterion, "expected").orElse("?");
        return JsonFields.text(criterion, "tolerance").map(t -> "within " + expected + " +/- " + t)
                .orElse("equals " + expected);
    }

    private static String result(Json.Obj payload) {
        String result = JsonFields.text(payload, "result").orElse("?");
        return switch (result) {
            case "in_flight" -> "in flight";
            case "failed" -> "failed: " + JsonFields.text(payload, "error_class").orElse("?");
            default -> result;
        };
    }

    /** What was written (a setpoint), read (a check) or captured; an action has none. */
    private static Optional<String> value(Json.Obj payload) {
        return JsonFields.text(payload, "value")
                .or(() -> JsonFields.object(payload, "reading").flatMap(r -> JsonFields.text(r, "value")));
    }
}
