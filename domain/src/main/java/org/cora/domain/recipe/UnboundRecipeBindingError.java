package org.cora.domain.recipe;

import org.cora.domain.shared.DomainError;

/** A recipe step binds a name the bindings do not give a value. */
public final class UnboundRecipeBindingError extends DomainError {

    private final String bindingName;

    public UnboundRecipeBindingError(String bindingName, String path) {
        super(path + " binds '" + bindingName + "', which the bindings do not give a value");
        this.bindingName = bindingName;
    }

    public String bindingName() {
        return bindingName;
    }
}
