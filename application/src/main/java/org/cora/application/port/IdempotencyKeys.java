package org.cora.application.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The creates answered under an {@code Idempotency-Key}, per principal and key, until they expire.
 *
 * <p>{@link #claim} and {@link #remember} must run inside one {@link Transactions#inTransaction},
 * the same one that appends the create's events: the remembered answer then commits with those
 * events or not at all. A claim holds the (principal, key) until that transaction ends, so a
 * concurrent claim of the same pair waits, and then sees what the first one remembered. Expiry
 * is judged against the {@code now} given, never against when a purge last ran.
 */
public interface IdempotencyKeys {

    /** Holds (principal, key) until the transaction ends; returns its create if remembered and not expired at {@code now}. */
    Optional<RememberedCreate> claim(String principal, String key, Instant now);

    /** Remembers a create under a claimed key; an unexpired pair already remembered is an {@link IllegalStateException}. */
    void remember(RememberedCreate create);

    /** Forgets every create expired at {@code now}, in its own transaction; returns how many. */
    int purgeExpired(Instant now);
}
