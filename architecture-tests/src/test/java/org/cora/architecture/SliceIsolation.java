package org.cora.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** The condition behind {@code slices_do_not_import_sibling_slices}. */
final class SliceIsolation {

    private SliceIsolation() {
    }

    /**
     * A class in {@code ..features.<a>..} depends on nothing in {@code ..features.<b>..} for any
     * {@code b != a}, in its own module or any other; and no class sits in a {@code features}
     * package itself, outside every slice.
     */
    static ArchCondition<JavaClass> importNoSiblingSlice() {
        return new ArchCondition<>("import no sibling slice") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = Cora.sliceOf(origin.getPackageName());
                if (own.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(origin, origin.getName() + " sits in the features "
                            + "package itself, outside every slice: move it into its slice's package, or, if "
                            + "several slices share it, into a seam package beside features (like "
                            + "org.cora.application.conduct)"));
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> other = Cora.isInFeatures(target.getPackageName())
                            ? Cora.sliceOf(target.getPackageName()) : Optional.empty();
                    if (other.isPresent() && !other.get().equals(own.get())) {
                        events.add(SimpleConditionEvent.violated(dependency, "slice '" + own.get()
                                + "' imports sibling slice '" + other.get() + "': " + dependency.getDescription()
                                + ". Move what both need into a seam package beside the slices (like "
                                + "org.cora.application.conduct) or into the domain, and let each slice use it"));
                    }
                }
            }
        };
    }
}
