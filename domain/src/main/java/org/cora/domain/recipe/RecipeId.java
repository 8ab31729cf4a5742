package org.cora.domain.recipe;

import java.util.Objects;
import java.util.UUID;

public record RecipeId(UUID value) {

    public RecipeId {
        Objects.requireNonNull(value, "value");
    }

    public static RecipeId of(String raw) {
        return new RecipeId(UUID.fromString(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
