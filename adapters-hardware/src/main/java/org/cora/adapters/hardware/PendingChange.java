package org.cora.adapters.hardware;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What an accepted write sets in motion: a change to the simulated state that lands after
 * {@code delay}. The port applies it under its lock, passing the clock's time of the change.
 */
record PendingChange(Duration delay, Consumer<Instant> apply) {

    static final PendingChange NONE = new PendingChange(Duration.ZERO, at -> { });
}
