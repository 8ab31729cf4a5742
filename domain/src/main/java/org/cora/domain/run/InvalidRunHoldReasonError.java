package org.cora.domain.run;

import org.cora.domain.shared.BoundedText;
import org.cora.domain.shared.DomainError;

/** The hold reason is empty or longer than 500 characters after trimming. */
public final class InvalidRunHoldReasonError extends DomainError {

    private final String value;

    public InvalidRunHoldReasonError(String value) {
        super("Run hold reason must be 1..500 characters after trimming, got " + BoundedText.describe(value));
        this.value = value;
    }

    public String value() {
        return value;
    }
}
