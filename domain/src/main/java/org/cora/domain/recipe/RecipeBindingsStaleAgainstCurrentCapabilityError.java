package org.cora.domain.recipe;

import java.util.Set;
import org.cora.domain.shared.DomainError;

/** The recipe binds names its Capability's current {@code parameters_schema} does not declare. */
public final class RecipeBindingsStaleAgainstCurrentCapabilityError extends DomainError {

    private final Set<String> staleNames;

    public RecipeBindingsStaleAgainstCurrentCapabilityError(Set<String> staleNames, Object capabilityId) {
        super("binding names " + staleNames + " are not properties of the parameters_schema of Capability "
                + capabilityId);
        this.staleNames = Set.copyOf(staleNames);
    }

    public Set<String> staleNames() {
        return staleNames;
    }
}
