package org.cora.domain.features.versionrecipe;

import java.time.Instant;
import java.util.List;
import org.cora.domain.recipe.InvalidRecipeVersionError;
import org.cora.domain.recipe.Recipe;
import org.cora.domain.recipe.RecipeCannotVersionError;
import org.cora.domain.recipe.RecipeEvent;
import org.cora.domain.recipe.RecipeEvent.RecipeVersioned;
import org.cora.domain.recipe.RecipeNotFoundError;
import org.cora.domain.shared.BoundedText;

/**
 * Invariants, in order: the Recipe exists; the tag is 1..50 characters trimmed; the Recipe is not
 * deprecated; the tag is new to it (repeating a version is refused, not ignored). Emits one
 * {@code RecipeVersioned} carrying the current steps.
 */
public final class VersionRecipeDecider {

    public static final int VERSION_MAX = 50;

    private VersionRecipeDecider() {
    }

    public static List<RecipeEvent> decide(Recipe state, VersionRecipeCommand command, Instant now) {
        if (state == null) {
            throw new RecipeNotFoundError(command.recipeId());
        }
        String tag = BoundedText.trimmed(command.version(), VERSION_MAX).orElseThrow(() ->
                new InvalidRecipeVersionError("Recipe version must be 1.." + VERSION_MAX
                        + " characters after trimming, got " + BoundedText.describe(command.version())));
        if (state.isDeprecated()) {
            throw new RecipeCannotVersionError("Recipe " + state.id() + " is deprecated and cannot be versioned");
        }
        if (state.asOf(tag).isPresent()) {
            throw new RecipeCannotVersionError("Recipe " + state.id() + " already has version '" + tag + "'");
        }
        return List.of(new RecipeVersioned(state.id(), tag, state.steps(), now));
    }
}
