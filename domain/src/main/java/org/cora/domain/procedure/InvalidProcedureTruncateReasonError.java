package org.cora.domain.procedure;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** A truncation needs a reason of 1..500 characters. */
public final class InvalidProcedureTruncateReasonError extends DomainError {

    private final String value;

    public InvalidProcedureTruncateReasonError(String value) {
        super("Truncate reason must be 1..500 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
