package org.cora.adapters.hardware.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlWritesDisabledError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.NoAdapterForAddressError;
import org.cora.domain.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control port the Conductor sees: it routes each address to the adapter of the longest
 * matching prefix.
 *
 * <ul>
 *   <li>No matching prefix is {@link NoAdapterForAddressError}; an address its substrate cannot
 *       parse is {@code MalformedControlAddressError}. Neither reaches an adapter.</li>
 *   <li>A read-only route, or every route when the deployment disables writes, refuses writes
 *       with {@link ControlWritesDisabledError} and keeps reads and subscriptions.</li>
 *   <li>{@link #actuationOf} answers from the route's declaration ({@code Simulated} or
 *       {@code Physical}); an unrouted address has no answer, never "physical".</li>
 *   <li>{@link #close()} closes every adapter once, also one serving several routes, carries on
 *       past an adapter that fails to close, and is idempotent.</li>
 * </ul>
 * Routes are fixed before the first call; the registry is then safe to share between threads.
 * Each dispatch is logged as {@code controlport.dispatch} (started and completed at debug,
 * failed at info, with the error class).
 */
public final class ControlPortRegistry implements ControlPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlPortRegistry.class);

    private record Routed(ControlRoute route, ControlPort port) {
    }

    private final List<Routed> routes = new ArrayList<>();
    private final Set<AutoCloseable> adapters = Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean writesEnabled;
    private boolean closed;

    /** {@code writesEnabled} false makes the whole deployment read-only. */
    public ControlPortRegistry(boolean writesEnabled) {
        this.writesEnabled = writesEnabled;
    }

    /**
     * Routes {@code route.prefix()} to {@code adapter}, replacing a route with the same prefix.
     * An adapter that is {@link AutoCloseable} is closed with the registry.
     */
    public synchronized ControlPortRegistry register(ControlRoute route, ControlPort adapter) {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(adapter, "adapter");
        routes.removeIf(existing -> existing.route().prefix().equals(route.prefix()));
        routes.add(new Routed(route, guarded(route, adapter)));
        routes.sort(Comparator.comparingInt((Routed r) -> r.route().prefix().length()).reversed());
        if (adapter instanceof AutoCloseable closeable) {
            adapters.add(closeable);
        }
        return this;
    }

    /** The routes in the order they are tried: longest prefix first. */
    public synchronized List<ControlRoute> routes() {
        return routes.stream().map(Routed::route).toList();
    }

    public boolean writesEnabled() {
        return writesEnabled;
    }

    /** The route {@code address} takes, if any. */
    public synchronized Optional<ControlRoute> routeOf(String address) {
        return routes.stream().filter(r -> r.route().matches(address)).map(Routed::route).findFirst();
    }

    @Override
    public Measurement read(String address) throws ControlException {
        Routed routed = resolve(address);
        long started = dispatching("read", address);
        try {
            Measurement reading = routed.port().read(address);
            completed("read", address, routed, started);
            return reading;
        } catch (ControlException e) {
            throw failed("read", address, routed, started, e);
        }
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Routed routed = resolve(address);
        long started = dispatching("write", address);
        try {
            routed.port().write(address, value, wait, timeout);
            completed("write", address, routed, started);
        } catch (ControlException e) {
            throw failed("write", address, routed, started, e);
        }
    }

    @Override
    public ControlSubscription subscribe(String address) throws ControlException {
        Routed routed = resolve(address);
        long started = dispatching("subscribe", address);
        try {
            ControlSubscription subscription = routed.port().subscribe(address);
            completed("subscribe", address, routed, started);
            return subscription;
        } catch (ControlException e) {
            throw failed("subscribe", address, routed, started, e);
        }
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return routeOf(address).map(ControlRoute::actuation);
    }

    @Override
    public void close() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = List.copyOf(adapters);
        }
        for (AutoCloseable adapter : toClose) {
            try {
                adapter.close();
            } catch (Exception | LinkageError e) {
                LOG.warn("Closing the control adapter {} failed; carrying on with the others", adapter, e);
            }
        }
    }

    private ControlPort guarded(ControlRoute route, ControlPort adapter) {
        if (!writesEnabled) {
            return new WriteGuardedControlPort(adapter, ControlWritesDisabledError.Scope.deployment, null);
        }
        if (route.readOnly()) {
            return new WriteGuardedControlPort(adapter, ControlWritesDisabledError.Scope.route, route.prefix());
        }
        return adapter;
    }

    private Routed resolve(String address) throws ControlException {
        Objects.requireNonNull(address, "address");
        Routed routed;
        synchronized (this) {
            routed = routes.stream().filter(r -> r.route().matches(address)).findFirst().orElse(null);
        }
        if (routed == null) {
            throw new NoAdapterForAddressError(address);
        }
        routed.route().substrate().checkAddress(address);
        return routed;
    }

    private static long dispatching(String operation, String address) {
        LOG.debug("controlport.dispatch started op={} address={}", operation, address);
        return System.nanoTime();
    }

    private static void completed(String operation, String address, Routed routed, long started) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("controlport.dispatch completed op={} address={} substrate={} took_ms={}", operation, address,
                    routed.route().substrate(), elapsedMillis(started));
        }
    }

    private static ControlException failed(String operation, String address, Routed routed, long started,
                                           ControlException error) {
        LOG.info("controlport.dispatch failed op={} address={} substrate={} took_ms={} error_class={}: {}", operation,
                address, routed.route().substrate(), elapsedMillis(started), error.errorClass(), error.getMessage());
        return error;
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
