package org.cora.domain.procedure;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** The kind is empty, blank or longer than 50 characters after trimming. */
public final class InvalidProcedureKindError extends DomainError {

    private final String value;

    public InvalidProcedureKindError(String value) {
        super("Procedure kind must be 1..50 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
