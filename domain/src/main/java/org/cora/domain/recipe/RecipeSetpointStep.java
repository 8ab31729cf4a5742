package org.cora.domain.recipe;

import java.util.Objects;
import org.cora.domain.step.InvalidStepError;
import org.cora.domain.step.SetpointValue;

/** Write a literal, a bound or a captured value to an address. A literal must be writable. */
public record RecipeSetpointStep(String address, RecipeValue value, boolean verify) implements RecipeStep {

    public RecipeSetpointStep {
        address = RecipeText.required("address", address);
        Objects.requireNonNull(value, "value");
        if (value instanceof RecipeValue.Literal literal) {
            try {
                new SetpointValue.Literal(literal.value());
            } catch (InvalidStepError e) {
                throw new InvalidRecipeStepError(e.getMessage());
            }
        }
    }

    @Override public String kind() { return "setpoint"; }
}
