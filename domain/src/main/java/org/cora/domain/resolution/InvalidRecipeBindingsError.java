package org.cora.domain.resolution;

import org.cora.domain.shared.DomainError;

/** The bindings fail the Capability's parameters schema. */
public final class InvalidRecipeBindingsError extends DomainError {

    public InvalidRecipeBindingsError(java.util.List<String> violations) {
        super("The bindings do not satisfy the capability's parameters_schema: " + String.join("; ", violations));
    }
}
