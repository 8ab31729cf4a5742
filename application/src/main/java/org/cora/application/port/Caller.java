package org.cora.application.port;

import java.util.Objects;
import java.util.UUID;

/** Who issues a command and under which correlation id; stamped on everything it appends. */
public record Caller(String principal, UUID correlationId) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
