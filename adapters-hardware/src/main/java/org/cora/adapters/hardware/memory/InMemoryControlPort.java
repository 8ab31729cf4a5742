package org.cora.adapters.hardware.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cora.adapters.hardware.QueuedSubscription;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.MeasurementKind;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Clock;

/**
 * A dictionary of addresses, for tests and dry runs: no physics, no latency.
 *
 * <p>An address is connected once {@link #seed seeded}; reads and writes of any other address,
 * and of one {@link #disconnect disconnected}, fail with {@link ControlNotConnectedError}. A write
 * stores a Good reading (Array for a list, Scalar otherwise) stamped with the clock and hands it
 * to every subscriber; an object or null is a {@link ControlValueCoercionError}. {@code wait} and
 * the timeout are ignored: a write has landed when it returns. Disconnecting an address fails its
 * live subscriptions. It declares nothing about simulation; a route decides that. Thread-safe.
 */
public final class InMemoryControlPort implements ControlPort, AutoCloseable {

    private final Clock clock;
    private final Map<String, Measurement> values = new HashMap<>();
    private final Map<String, List<QueuedSubscription>> subscribers = new HashMap<>();
    private boolean closed;

    public InMemoryControlPort(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Connects {@code address} holding {@code reading}, and streams it to live subscribers. */
    public synchronized InMemoryControlPort seed(String address, Measurement reading) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(reading, "reading");
        values.put(address, reading);
        subscribers.getOrDefault(address, List.of()).forEach(subscriber -> subscriber.offer(reading));
        return this;
    }

    /** Drops the address's value: later reads and writes fail, and live subscriptions end with an error. */
    public synchronized void disconnect(String address) {
        values.remove(address);
        List<QueuedSubscription> live = subscribers.remove(address);
        if (live != null) {
            live.forEach(subscriber -> subscriber.fail(new ControlNotConnectedError(address)));
        }
    }

    @Override
    public synchronized Measurement read(String address) throws ControlNotConnectedError {
        return connected(address);
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Objects.requireNonNull(value, "value");
        Measurement written = switch (value) {
            case Json.Arr array -> new Measurement(array, MeasurementKind.Array, Quality.Good, clock.now(), "");
            case Json.Num n -> Measurement.good(n, clock.now());
            case Json.Str s -> Measurement.good(s, clock.now());
            case Json.Bool b -> Measurement.good(b, clock.now());
            case Json.Null n -> throw new ControlValueCoercionError(address, "null", "scalar or array");
            case Json.Obj o -> throw new ControlValueCoercionError(address, "object", "scalar or array");
        };
        synchronized (this) {
            connected(address);
            seed(address, written);
        }
    }

    @Override
    public ControlSubscription subscribe(String address) {
        Objects.requireNonNull(address, "address");
        return new QueuedSubscription(new QueuedSubscription.Source() {
            private QueuedSubscription sink;

            @Override
            public void open(QueuedSubscription subscription) throws ControlNotConnectedError {
                synchronized (InMemoryControlPort.this) {
                    Measurement current = connected(address);
                    sink = subscription;
                    subscribers.computeIfAbsent(address, a -> new ArrayList<>()).add(subscription);
                    subscription.offer(current);
                }
            }

            @Override
            public void close() {
                synchronized (InMemoryControlPort.this) {
                    List<QueuedSubscription> live = subscribers.get(address);
                    if (live != null) {
                        live.remove(sink);
                    }
                }
            }
        });
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return Optional.empty();
    }

    /** Idempotent: every address is disconnected. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            List.copyOf(values.keySet()).forEach(this::disconnect);
            List.copyOf(subscribers.keySet()).forEach(this::disconnect);
        }
    }

    private Measurement connected(String address) throws ControlNotConnectedError {
        Measurement current = values.get(Objects.requireNonNull(address, "address"));
        if (current == null) {
            throw new ControlNotConnectedError(address);
        }
        return current;
    }
}
