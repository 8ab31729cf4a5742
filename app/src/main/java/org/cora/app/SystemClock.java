package org.cora.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.cora.domain.shared.Clock;

/** The wall clock, at the microsecond precision PostgreSQL keeps, so stored instants read back equal. */
final class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
