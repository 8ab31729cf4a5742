package org.cora.domain.procedure;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** A hold needs a reason of 1..500 characters: a pause is a deliberate act the next shift must understand. */
public final class InvalidProcedureHoldReasonError extends DomainError {

    private final String value;

    public InvalidProcedureHoldReasonError(String value) {
        super("Hold reason must be 1..500 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
