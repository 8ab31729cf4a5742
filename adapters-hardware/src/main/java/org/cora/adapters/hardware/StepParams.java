package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;

/**
 * Reads an action step's params. An action body may only fail with a control exception, so a bad
 * param is refused as the write it would have led to: a {@link ControlWriteRejectedError} on the
 * address the action would have written first, before anything is written.
 */
final class StepParams {

    private final Json.Obj params;
    private final String refusedAt;

    private StepParams(Json.Obj params, String refusedAt) {
        this.params = params;
        this.refusedAt = refusedAt;
    }

    /** The params, checked to hold only {@code known} keys; refusals name {@code refusedAt}. */
    static StepParams of(Json.Obj params, Set<String> known, String refusedAt) throws ControlWriteRejectedError {
        for (String key : params.fields().keySet()) {
            if (!known.contains(key)) {
                throw new ControlWriteRejectedError(refusedAt,
                        "unknown param '" + key + "'; expected one of " + new TreeSet<>(known));
            }
        }
        return new StepParams(params, refusedAt);
    }

    /**
     * The address param {@code key}, or {@code fallback} without one. It is read before the address
     * to refuse at is known, so a param that is no address is refused as its own raw value.
     */
    static String address(Json.Obj params, String key, String fallback, String what) throws ControlWriteRejectedError {
        Optional<Json> raw = params.get(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        if (!(raw.get() instanceof Json.Str text) || text.value().isBlank()) {
            throw new ControlWriteRejectedError(raw.get().toJsonText(), key + " must be " + what);
        }
        return text.value();
    }

    /** The address param {@code key}, or {@code fallback} without one. */
    String address(String key, String fallback) throws ControlWriteRejectedError {
        Optional<Json> raw = params.get(key);
        if (raw.isEmpty()) {
            return fallback;
        }
        if (!(raw.get() instanceof Json.Str text) || text.value().isBlank()) {
            throw refusal(key + " must be a non-blank address (got " + raw.get().toJsonText() + ")");
        }
        return text.value();
    }

    /**
     * The number param {@code key} that {@code rule} admits, or {@code fallback} without one; with
     * no fallback either, the param is required.
     */
    BigDecimal number(String key, BigDecimal fallback, ParamRule rule) throws ControlWriteRejectedError {
        Optional<Json> raw = params.get(key);
        if (raw.isEmpty() && fallback != null) {
            return fallback;
        }
        if (!(raw.orElse(Json.NULL) instanceof Json.Num number)) {
            String why = rule == ParamRule.ANY ? "got " : "a number is required, got ";
            throw refusal(key + " " + rule.requirement() + " (" + why + raw.orElse(Json.NULL).toJsonText() + ")");
        }
        if (!rule.admits(number.value())) {
            throw refusal(key + " " + rule.requirement());
        }
        return number.value();
    }

    ControlWriteRejectedError refusal(String reason) {
        return new ControlWriteRejectedError(refusedAt, reason);
    }
}
