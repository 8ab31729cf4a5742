package org.cora.domain.features.definerecipe;

import java.util.List;
import org.cora.domain.capability.CapabilityId;
import org.cora.domain.recipe.RecipeStep;

/** Define a new Recipe of a Capability; the handler gives it a fresh id and loads the Capability. */
public record DefineRecipeCommand(String name, CapabilityId capabilityId, List<RecipeStep> steps) {

    public DefineRecipeCommand {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
