package org.cora.domain.recipe;

import java.time.Instant;
import org.cora.domain.shared.AggregateEvent;
import java.util.List;
import java.util.UUID;
import org.cora.domain.capability.CapabilityId;

/** Everything that can happen to a Recipe. The record name is the stored {@code event_type}. */
public sealed interface RecipeEvent extends AggregateEvent {

    String STREAM_TYPE = "Recipe";

    RecipeId recipeId();

    Instant occurredAt();

    default String eventType() {
        return getClass().getSimpleName();
    }

    /** Genesis: the name, the Capability it realises (immutable) and its non-empty ordered steps. */
    record RecipeDefined(RecipeId recipeId, String name, CapabilityId capabilityId, List<RecipeStep> steps,
                         Instant occurredAt) implements RecipeEvent {
        public RecipeDefined {
            steps = List.copyOf(steps);
        }
    }

    /** A version tag, with the steps at that version so that a load "as of" the tag is exact. */
    record RecipeVersioned(RecipeId recipeId, String version, List<RecipeStep> steps, Instant occurredAt)
            implements RecipeEvent {
        public RecipeVersioned {
            steps = List.copyOf(steps);
        }
    }

    record RecipeDeprecated(RecipeId recipeId, UUID replacedByRecipeId, Instant occurredAt) implements RecipeEvent {
    }
}
