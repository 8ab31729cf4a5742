package org.cora.application.features.getrecipe;

import org.cora.domain.recipe.RecipeId;

/** The folded state of one Recipe. */
public record GetRecipeQuery(RecipeId recipeId) {
}
