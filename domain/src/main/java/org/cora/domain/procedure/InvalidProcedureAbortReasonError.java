package org.cora.domain.procedure;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** An abort needs a reason of 1..500 characters. */
public final class InvalidProcedureAbortReasonError extends DomainError {

    private final String value;

    public InvalidProcedureAbortReasonError(String value) {
        super("Abort reason must be 1..500 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
