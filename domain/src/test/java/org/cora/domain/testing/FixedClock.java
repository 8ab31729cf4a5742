package org.cora.domain.testing;

import java.time.Instant;
import org.cora.domain.shared.Clock;

/** A clock that always answers the same instant. */
public final class FixedClock implements Clock {

    public static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589793Z");

    private final Instant now;

    public FixedClock(Instant now) {
        this.now = now;
    }

    public static FixedClock atNow() {
        return new FixedClock(NOW);
    }

    @Override
    public Instant now() {
        return now;
    }
}
