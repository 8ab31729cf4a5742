package org.cora.adapters.hardware.routing;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlWritesDisabledError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;

/**
 * A port whose writes are switched off: every write is refused with
 * {@link ControlWritesDisabledError} before it reaches the control system, while reads and
 * subscriptions pass through. The registry puts it under a read-only route, or under every route
 * when the deployment disables writes. Closing it does not close the port it guards: the registry
 * closes adapters itself.
 */
public final class WriteGuardedControlPort implements ControlPort {

    private final ControlPort inner;
    private final ControlWritesDisabledError.Scope scope;
    private final String prefix;

    /** {@code prefix} is the route's, for {@link ControlWritesDisabledError.Scope#route}; null for the deployment. */
    public WriteGuardedControlPort(ControlPort inner, ControlWritesDisabledError.Scope scope, String prefix) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.prefix = prefix;
    }

    @Override
    public Measurement read(String address) throws ControlException {
        return inner.read(address);
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlWritesDisabledError {
        throw new ControlWritesDisabledError(address, scope, prefix);
    }

    @Override
    public ControlSubscription subscribe(String address) throws ControlException {
        return inner.subscribe(address);
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return inner.actuationOf(address);
    }
}
