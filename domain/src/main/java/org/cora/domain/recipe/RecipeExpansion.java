package org.cora.domain.recipe;

import java.util.ArrayList;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;

/**
 * The expansion kernel: a recipe's steps and bindings to conductor steps. Pure and
 * order-preserving, one step out per step in: each binding becomes {@code bindings[name]}
 * (missing: {@link UnboundRecipeBindingError}), captures and literals pass through, extra
 * bindings are ignored. A bound setpoint value must be writable ({@code InvalidStepError} otherwise).
 * Any change to what it produces is a new {@link #VERSION}: pins record it and replay refuses drift.
 */
public final class RecipeExpansion {

    public static final String VERSION = "cora-expander-1";

    private RecipeExpansion() {
    }

    public static List<Step> expand(List<RecipeStep> steps, Json.Obj bindings) {
        List<Step> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            out.add(expand(steps.get(i), bindings, "steps[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private static Step expand(RecipeStep step, Json.Obj bindings, String path) {
        return switch (step) {
            case RecipeSetpointStep s -> new SetpointStep(s.address(), setpointValue(s.value(), bindings, path),
                    s.verify());
            case RecipeActionStep a -> {
                Json.ObjBuilder params = Json.Obj.builder();
                a.params().forEach((key, value) -> params.put(key,
                        resolve(value, bindings, path + ".params." + key)));
                yield new ActionStep(a.name(), params.build());
            }
            case RecipeCheckStep c -> new CheckStep(c.address(), c.criterion());
            case RecipeCaptureStep c -> new CaptureStep(c.address(), c.captureName());
        };
    }

    private static SetpointValue setpointValue(RecipeValue value, Json.Obj bindings, String path) {
        if (value instanceof RecipeValue.CaptureRef capture) {
            return new SetpointValue.CaptureRef(capture.name());
        }
        return new SetpointValue.Literal(resolve(value, bindings, path + ".value"));
    }

    private static Json resolve(RecipeValue value, Json.Obj bindings, String path) {
        return switch (value) {
            case RecipeValue.Literal l -> l.value();
            case RecipeValue.BindingRef b -> bindings.get(b.name())
                    .orElseThrow(() -> new UnboundRecipeBindingError(b.name(), path));
            case RecipeValue.CaptureRef c -> throw new InvalidRecipeStepError(path + ": a capture is only allowed as "
                    + "a setpoint value");
        };
    }
}
