package org.cora.application.idempotency;

import org.cora.domain.shared.DomainError;

/**
 * An {@code Idempotency-Key} already answered a different request (another body, method or route)
 * for the same principal. Nothing was done: a new create needs a new key.
 */
public final class IdempotencyKeyReusedError extends DomainError {

    public IdempotencyKeyReusedError(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; "
                + "retry with the same request, or use a new key for a new one");
    }
}
