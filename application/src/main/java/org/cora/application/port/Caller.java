package org.cora.application.port;

import java.util.Objects;
import java.util.UUID;

/**
 * Who issues a command and under which correlation id; stamped on everything it appends.
 * {@code via} names what issued it on the principal's behalf ({@value #CONDUCTOR} for the
 * lifecycle commands a conduct issues), null when the principal issued it directly.
 */
public record Caller(String principal, UUID correlationId, String via) {

    public static final String CONDUCTOR = "Conductor";

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    public Caller(String principal, UUID correlationId) {
        this(principal, correlationId, null);
    }

    public Caller viaConductor() {
        return new Caller(principal, correlationId, CONDUCTOR);
    }
}
