package org.cora.domain.recipe;

/** Read a number into the conduct's captures under {@code captureName}. */
public record RecipeCaptureStep(String address, String captureName) implements RecipeStep {

    public RecipeCaptureStep {
        address = RecipeText.required("address", address);
        captureName = RecipeText.required("capture_name", captureName);
    }

    @Override public String kind() { return "capture"; }
}
