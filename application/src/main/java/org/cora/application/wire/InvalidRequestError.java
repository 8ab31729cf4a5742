package org.cora.application.wire;

import org.cora.domain.shared.DomainError;

/** The request is JSON but not of the expected shape: a missing or unknown field, a wrong type (422). */
public final class InvalidRequestError extends DomainError {

    public InvalidRequestError(String message) {
        super(message);
    }
}
