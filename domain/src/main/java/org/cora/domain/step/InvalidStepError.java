package org.cora.domain.step;

import org.cora.domain.shared.DomainError;

/** A step, in a request or a stored pin, is not well formed; the message says which field and why. */
public final class InvalidStepError extends DomainError {

    public InvalidStepError(String message) {
        super(message);
    }
}
