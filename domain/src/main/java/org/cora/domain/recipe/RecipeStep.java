package org.cora.domain.recipe;

/**
 * One step of a recipe: a template of a {@link org.cora.domain.step.Step}, arm for arm. Addresses,
 * action names and criteria are literal; only setpoint values and action params bind.
 */
public sealed interface RecipeStep permits RecipeSetpointStep, RecipeActionStep, RecipeCheckStep, RecipeCaptureStep {

    /** The same {@code kind} as the step it expands to. */
    String kind();
}
