package org.cora.domain.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;

/**
 * A control port that records every read and write in order, answers seeded readings per
 * address, and throws what it was told to (a {@link ControlException}, or any runtime
 * exception, to show that those propagate).
 */
public final class RecordingControlPort implements ControlPort {

    /** One call as the port saw it. {@code value} is null for reads. */
    public record Call(String operation, String address, Json value, boolean waited, Duration timeout) {

        public static Call write(String address, Json value) {
            return new Call("write", address, value, true, null);
        }

        public static Call read(String address) {
            return new Call("read", address, null, false, null);
        }

        /** Equal ignoring the timeout, which only the write-timeout test looks at. */
        Call withoutTimeout() {
            return new Call(operation, address, value, waited, null);
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Measurement> readings = new HashMap<>();
    private final Map<String, Effect> onWrite = new HashMap<>();
    private final Map<String, Effect> onRead = new HashMap<>();
    private final Map<String, ActuationKind> routes = new HashMap<>();

    /** What a call does besides being recorded: throw, interrupt the thread, or both. */
    @FunctionalInterface
    public interface Effect {
        void run() throws ControlException;
    }

    public RecordingControlPort reading(String address, Measurement measurement) {
        readings.put(address, measurement);
        return this;
    }

    public RecordingControlPort reading(String address, Json value) {
        return reading(address, Readings.good(value));
    }

    /** Writes to {@code address} throw {@code failure}: a ControlException or a RuntimeException. */
    public RecordingControlPort failingWrites(String address, Exception failure) {
        return whenWriting(address, thrower(failure));
    }

    public RecordingControlPort failingReads(String address, Exception failure) {
        onRead.put(address, thrower(failure));
        return this;
    }

    /** Writes to {@code address} run {@code effect} once recorded (to interrupt the thread, say). */
    public RecordingControlPort whenWriting(String address, Effect effect) {
        onWrite.put(address, effect);
        return this;
    }

    public RecordingControlPort routing(String address, ActuationKind kind) {
        routes.put(address, kind);
        return this;
    }

    /** Every call so far, in order, timeouts left out. */
    public List<Call> calls() {
        return calls.stream().map(Call::withoutTimeout).toList();
    }

    public List<Call> callsWithTimeouts() {
        return List.copyOf(calls);
    }

    @Override
    public Measurement read(String address) throws ControlException {
        calls.add(Call.read(address));
        onRead.getOrDefault(address, () -> { }).run();
        Measurement reading = readings.get(address);
        if (reading == null) {
            throw new AssertionError("the test seeded no reading for '" + address + "'");
        }
        return reading;
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        calls.add(new Call("write", address, value, wait, timeout));
        onWrite.getOrDefault(address, () -> { }).run();
    }

    /** Records the call and streams the seeded reading once; the Conductor itself never subscribes. */
    @Override
    public ControlSubscription subscribe(String address) {
        calls.add(new Call("subscribe", address, null, false, null));
        Measurement reading = readings.get(address);
        return new ControlSubscription() {
            private boolean delivered;

            @Override
            public synchronized Optional<Measurement> next(Duration timeout) {
                if (delivered || reading == null) {
                    return Optional.empty();
                }
                delivered = true;
                return Optional.of(reading);
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return Optional.ofNullable(routes.get(address));
    }

    /** An effect that throws {@code failure}: a ControlException, or a RuntimeException to show it propagates. */
    public static Effect thrower(Exception failure) {
        return switch (failure) {
            case ControlException control -> () -> {
                throw control;
            };
            case RuntimeException runtime -> () -> {
                throw runtime;
            };
            default -> throw new IllegalArgumentException(
                    "a port can only throw control or runtime exceptions: " + failure);
        };
    }
}
