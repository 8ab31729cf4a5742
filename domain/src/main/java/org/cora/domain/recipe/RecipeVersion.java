package org.cora.domain.recipe;

import java.util.List;
import java.util.Objects;

/** One version of a Recipe: its tag and the steps exactly as they were when it was tagged. */
public record RecipeVersion(String tag, List<RecipeStep> steps) {

    public RecipeVersion {
        Objects.requireNonNull(tag, "tag");
        steps = List.copyOf(steps);
    }
}
