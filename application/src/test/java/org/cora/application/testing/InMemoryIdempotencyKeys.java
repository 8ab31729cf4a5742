package org.cora.application.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cora.application.port.IdempotencyKeys;
import org.cora.application.port.RememberedCreate;

/**
 * Idempotency keys in memory, for single-threaded tests: a claim holds nothing, since there is no
 * transaction for it to last until. Otherwise the same contract as the PostgreSQL store.
 */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, RememberedCreate> creates = new HashMap<>();

    @Override
    public synchronized Optional<RememberedCreate> claim(String principal, String key, Instant now) {
        creates.computeIfPresent(pair(principal, key), (k, known) -> known.isExpiredAt(now) ? null : known);
        return Optional.ofNullable(creates.get(pair(principal, key)));
    }

    @Override
    public synchronized void remember(RememberedCreate create) {
        RememberedCreate known = creates.putIfAbsent(pair(create.principal(), create.key()), create);
        if (known != null) {
            throw new IllegalStateException("idempotency key already remembered for this principal");
        }
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = creates.size();
        creates.values().removeIf(create -> create.isExpiredAt(now));
        return before - creates.size();
    }

    private static String pair(String principal, String key) {
        return principal.length() + ":" + principal + ":" + key;
    }
}
