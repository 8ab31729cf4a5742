package org.cora.domain.procedure;

import org.cora.domain.shared.DomainError;

/** The step to resume from is negative, or past the end of the pinned list. */
public final class InvalidProcedureReEstablishmentBoundaryError extends DomainError {

    private final long value;

    public InvalidProcedureReEstablishmentBoundaryError(long value, String why) {
        super("re_establishment_boundary " + value + " is invalid: " + why);
        this.value = value;
    }

    public long value() {
        return value;
    }
}
