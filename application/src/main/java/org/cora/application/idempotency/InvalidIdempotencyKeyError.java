package org.cora.application.idempotency;

import org.cora.domain.shared.DomainError;

/** An {@code Idempotency-Key} that is empty, too long or not printable ASCII. Nothing was done. */
public final class InvalidIdempotencyKeyError extends DomainError {

    public InvalidIdempotencyKeyError(String message) {
        super(message);
    }
}
