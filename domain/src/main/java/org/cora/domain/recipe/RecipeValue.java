package org.cora.domain.recipe;

import java.util.Objects;
import java.util.Set;
import org.cora.domain.json.Json;

/** A value in a recipe step: a literal, a binding filled at expansion, or a capture filled at conduct time. */
public sealed interface RecipeValue {

    String BINDING_SENTINEL = "__binding__";
    String CAPTURE_SENTINEL = "__capture__";
    Set<String> SENTINELS = Set.of(BINDING_SENTINEL, CAPTURE_SENTINEL);

    /** Any JSON value except an object using a sentinel key: no escaping exists for those. */
    record Literal(Json value) implements RecipeValue {
        public Literal {
            Objects.requireNonNull(value, "value");
            if (value instanceof Json.Obj o && o.fields().keySet().stream().anyMatch(SENTINELS::contains)) {
                throw new InvalidRecipeStepError("a literal object must not use the keys " + SENTINELS);
            }
        }
    }

    /** {@code bindings[name]}, filled when the recipe is expanded. */
    record BindingRef(String name) implements RecipeValue {
        public BindingRef {
            name = RecipeText.required("binding name", name);
        }
    }

    /** The capture named {@code name}, taken earlier in the same conduct. */
    record CaptureRef(String name) implements RecipeValue {
        public CaptureRef {
            name = RecipeText.required("capture name", name);
        }
    }
}
