package org.cora.domain.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.capability.CapabilityId;

/**
 * The folded state of one Recipe. {@code steps} are the current steps, {@code version} the latest
 * tag (null until versioned) and {@code versions} every tag with the steps it was given, in order.
 */
public record Recipe(RecipeId id, String name, CapabilityId capabilityId, List<RecipeStep> steps,
                     RecipeStatus status, String version, List<RecipeVersion> versions, UUID replacedByRecipeId) {

    public Recipe {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        versions = List.copyOf(versions);
    }

    /** The Recipe as it was tagged {@code tag}: exactly the steps recorded with that version. */
    public Optional<RecipeVersion> asOf(String tag) {
        return versions.stream().filter(v -> v.tag().equals(tag)).findFirst();
    }

    public boolean isDeprecated() {
        return status == RecipeStatus.Deprecated;
    }

    Recipe versioned(String tag, List<RecipeStep> stepsAtVersion) {
        List<RecipeVersion> all = new ArrayList<>(versions);
        all.add(new RecipeVersion(tag, stepsAtVersion));
        return new Recipe(id, name, capabilityId, stepsAtVersion, RecipeStatus.Versioned, tag, all, replacedByRecipeId);
    }

    Recipe deprecated(UUID replacedBy) {
        return new Recipe(id, name, capabilityId, steps, RecipeStatus.Deprecated, version, versions, replacedBy);
    }
}
