package org.cora.domain.recipe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Run an action by its literal name; each top-level param is a literal or a binding, never a capture. */
public record RecipeActionStep(String name, Map<String, RecipeValue> params) implements RecipeStep {

    public RecipeActionStep {
        name = RecipeText.required("name", name);
        params.forEach((key, value) -> {
            if (value instanceof RecipeValue.CaptureRef) {
                throw new InvalidRecipeStepError("params." + key + ": a capture is only allowed as a setpoint value");
            }
        });
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    @Override public String kind() { return "action"; }
}
