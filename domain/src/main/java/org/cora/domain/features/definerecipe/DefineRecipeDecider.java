package org.cora.domain.features.definerecipe;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cora.domain.capability.Capability;
import org.cora.domain.capability.CapabilityNotFoundError;
import org.cora.domain.recipe.InvalidRecipeNameError;
import org.cora.domain.recipe.InvalidRecipeStepError;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeAlreadyExistsError;
import org.cora.domain.recipe.RecipeBindings;
import org.cora.domain.recipe.RecipeBindingsStaleAgainstCurrentCapabilityError;
import org.cora.domain.recipe.RecipeCapabilityDeprecatedError;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeEvent.RecipeDefined;
import org.cora.domain.recipe.RecipeId;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the name is 1..200 characters trimmed; there is at least one step; the
 * Capability exists ({@code capability} is null otherwise) and is not deprecated; every binding
 * the steps use is a property of its parameters schema; the stream of {@code newId} is empty.
 * Emits one {@code RecipeDefined}.
 */
public final class DefineRecipeDecider {

    public static final int NAME_MAX = 200;

    private DefineRecipeDecider() {
    }

    public static List<RecipeEvent> decide(Recipe state, DefineRecipeCommand command, Capability capability,
                                           RecipeId newId, Instant now) {
        String name = BoundedText.trimmed(command.name(), NAME_MAX).orElseThrow(() -> new InvalidRecipeNameError(
                "Recipe name must be 1.." + NAME_MAX + " characters after trimming, got "
                        + BoundedText.describe(command.name())));
        if (command.steps().isEmpty()) {
            throw new InvalidRecipeStepError("steps must hold at least one recipe step");
        }
        if (capability == null) {
            throw new CapabilityNotFoundError(command.capabilityId());
        }
        if (capability.isDeprecated()) {
            throw new RecipeCapabilityDeprecatedError("Capability " + capability.id()
                    + " is deprecated: no new Recipe may be defined on it");
        }
        Set<String> stale = RecipeBindings.staleNames(command.steps(), capability.parametersSchema());
        if (!stale.isEmpty()) {
            throw new RecipeBindingsStaleAgainstCurrentCapabilityError(stale, capability.id());
        }
        if (state != null) {
            throw new RecipeAlreadyExistsError(newId);
        }
        return List.of(new RecipeDefined(newId, name, capability.id(), command.steps(), now));
    }
}
