package org.cora.domain.features.versionrecipe;

import org.cora.domain.recipe.RecipeId;

/** Tag the Recipe's current steps with a new version. */
public record VersionRecipeCommand(RecipeId recipeId, String version) {
}
