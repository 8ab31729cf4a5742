package org.cora.domain.recipe;

import java.util.Objects;
import org.cora.domain.step.CheckCriterion;

/** Read an address and require a literal criterion. */
public record RecipeCheckStep(String address, CheckCriterion criterion) implements RecipeStep {

    public RecipeCheckStep {
        address = RecipeText.required("address", address);
        Objects.requireNonNull(criterion, "criterion");
    }

    @Override public String kind() { return "check"; }
}
