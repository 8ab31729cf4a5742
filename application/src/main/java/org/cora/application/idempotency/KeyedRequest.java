package org.cora.application.idempotency;

import java.util.Objects;
import org.cora.domain.json.CanonicalJson;
import org.cora.domain.json.Json;

/**
 * A create asked under an {@code Idempotency-Key}: who asks, the key, and the SHA-256 of what is
 * asked. The hash covers the method, the route and the canonical JSON of the body, so a retry
 * whose body differs only in key order or number spelling is the same request.
 */
public record KeyedRequest(String principal, IdempotencyKey key, String requestSha256) {

    public KeyedRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestSha256, "requestSha256");
    }

    public static KeyedRequest of(String principal, IdempotencyKey key, String method, String route, Json.Obj body) {
        Json.Obj asked = Json.Obj.builder().put("method", method).put("route", route).put("body", body).build();
        return new KeyedRequest(principal, key, CanonicalJson.sha256(asked));
    }
}
