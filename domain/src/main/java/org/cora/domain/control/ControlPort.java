package org.cora.domain.control;

import java.time.Duration;
import java.util.Optional;
import org.cora.domain.json.Json;

/**
 * Value I/O with a control system, addressed by opaque strings that the routed adapter parses.
 *
 * <p>Every failure is one {@link ControlException} of the closed family; nothing else escapes
 * for a control-system reason. Implementations are safe to share between threads.
 */
public interface ControlPort {

    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    Measurement read(String address) throws ControlException;

    /**
     * Writes a number, boolean, string or array. With {@code wait} the call returns once the
     * control system confirms completion, or fails with {@link ControlTimeoutError} after
     * {@code timeout}.
     */
    void write(String address, Json value, boolean wait, Duration timeout) throws ControlException;

    /**
     * A live stream of the readings of {@code address}, connected on its first pull (see
     * {@link ControlSubscription}). Address errors that need no connection (no route, malformed)
     * are thrown here; the rest surface from {@code next}.
     */
    ControlSubscription subscribe(String address) throws ControlException;

    /** Whether {@code address} routes to a simulator or to real equipment; empty when unknown. */
    default Optional<ActuationKind> actuationOf(String address) {
        return Optional.empty();
    }
}
