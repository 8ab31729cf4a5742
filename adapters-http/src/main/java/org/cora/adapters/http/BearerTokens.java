package org.cora.adapters.http;

import java.util.Optional;

/** Which bearer tokens the deployment knows, and who each one stands for. */
public interface BearerTokens {

    /** The principal {@code token} stands for; empty for any token the deployment does not know. */
    Optional<String> principalOf(String token);
}
