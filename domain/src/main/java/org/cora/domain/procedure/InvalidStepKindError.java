package org.cora.domain.procedure;

import java.util.Set;
import java.util.TreeSet;
import org.cora.domain.shared.DomainError;

/** A journal row names a step kind the journal does not hold. */
public final class InvalidStepKindError extends DomainError {

    private final String value;
    private final Set<String> allowed;

    public InvalidStepKindError(String value, Set<String> allowed) {
        super("step_kind '" + value + "' is not one of " + new TreeSet<>(allowed));
        this.value = value;
        this.allowed = Set.copyOf(allowed);
    }

    public String value() {
        return value;
    }

    public Set<String> allowed() {
        return allowed;
    }
}
