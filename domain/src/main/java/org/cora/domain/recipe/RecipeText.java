package org.cora.domain.recipe;

/** Shared checks of the text fields of recipe steps. */
final class RecipeText {

    private RecipeText() {
    }

    static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRecipeStepError(field + " must be a non-empty string");
        }
        return raw;
    }
}
