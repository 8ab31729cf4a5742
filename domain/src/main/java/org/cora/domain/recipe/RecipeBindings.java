package org.cora.domain.recipe;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cora.domain.capability.ParametersSchema;
import org.cora.domain.json.Json;

/** The binding names a recipe uses, and those its Capability's current schema no longer declares. */
public final class RecipeBindings {

    private RecipeBindings() {
    }

    /** Every binding name used anywhere in {@code steps}, sorted. */
    public static Set<String> names(List<RecipeStep> steps) {
        Set<String> names = new TreeSet<>();
        for (RecipeStep step : steps) {
            Stream<RecipeValue> values = switch (step) {
                case RecipeSetpointStep s -> Stream.of(s.value());
                case RecipeActionStep a -> a.params().values().stream();
                case RecipeCheckStep c -> Stream.empty();
                case RecipeCaptureStep c -> Stream.empty();
            };
            values.forEach(v -> {
                if (v instanceof RecipeValue.BindingRef b) {
                    names.add(b.name());
                }
            });
        }
        return names;
    }

    /** The binding names of {@code steps} that are not among {@code parametersSchema}'s properties, sorted. */
    public static Set<String> staleNames(List<RecipeStep> steps, Json.Obj parametersSchema) {
        Set<String> stale = new TreeSet<>(names(steps));
        Collection<String> declared = ParametersSchema.propertyNames(parametersSchema);
        stale.removeAll(declared);
        return stale;
    }
}
