package org.cora.application.port;

import java.time.Instant;
import java.util.Objects;

/**
 * A create answered under an {@code Idempotency-Key}: who asked, under which key, the SHA-256 of
 * what was asked (method, route and canonical body), and the answer, kept until {@code expiresAt}.
 */
public record RememberedCreate(String principal, String key, String requestSha256, CreatedResponse response,
                               Instant createdAt, Instant expiresAt) {

    public RememberedCreate {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestSha256, "requestSha256");
        Objects.requireNonNull(response, "response");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a remembered create must expire after it was created");
        }
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
