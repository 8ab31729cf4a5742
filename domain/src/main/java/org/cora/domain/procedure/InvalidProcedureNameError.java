package org.cora.domain.procedure;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** The name is empty, blank or longer than 200 characters after trimming. */
public final class InvalidProcedureNameError extends DomainError {

    private final String value;

    public InvalidProcedureNameError(String value) {
        super("Procedure name must be 1..200 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
