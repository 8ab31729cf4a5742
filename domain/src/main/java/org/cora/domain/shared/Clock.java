package org.cora.domain.shared;

import java.time.Instant;

/** Where the domain learns the time. Instants are truncated to microseconds, as PostgreSQL keeps them. */
@FunctionalInterface
public interface Clock {

    Instant now();
}
