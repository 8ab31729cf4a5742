package org.cora.domain.features.deprecaterecipe;

import java.util.UUID;
import org.cora.domain.recipe.RecipeId;

/** Retire a Recipe, optionally naming the one that replaces it. */
public record DeprecateRecipeCommand(RecipeId recipeId, UUID replacedByRecipeId) {
}
