package org.cora.application.wire;

import org.cora.domain.shared.DomainError;

/** The request cannot be read at all: not JSON, or an id in the path that is not a UUID (400). */
public final class MalformedRequestError extends DomainError {

    public MalformedRequestError(String message) {
        super(message);
    }
}
