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
    private final Map<String, Exception> writeFailures = new HashMap<>();
    private final Map<String, Exception> readFailures = new HashMap<>();
    private final Map<String, Runnable> afterWrite = new HashMap<>();
    private final Map<String, ActuationKind> routes = new HashMap<>();

    public RecordingControlPort reading(String address, Measurement measurement) {
        readings.put(address, measurement);
        return this;
    }

    public RecordingControlPort reading(String address, Json value) {
        return reading(address, Readings.good(value));
    }

    /** Writes to {@code address} throw {@code failure}: a ControlException or a RuntimeException. */
    public RecordingControlPort failingWrites(String address, Exception failure) {
        requireThrowable(failure);
        writeFailures.put(address, failure);
        return this;
    }

    public RecordingControlPort failingReads(String address, Exception failure) {
        requireThrowable(failure);
        readFailures.put(address, failure);
        return this;
    }

    /** Runs {@code effect} after a successful write to {@code address} (to interrupt the thread, say). */
    public RecordingControlPort afterWriting(String address, Runnable effect) {
        afterWrite.put(address, effect);
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
        throwIfTold(readFailures.get(address));
        Measurement reading = readings.get(address);
        if (reading == null) {
            throw new AssertionError("the test seeded no reading for '" + address + "'");
        }
        return reading;
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        calls.add(new Call("write", address, value, wait, timeout));
        throwIfTold(writeFailures.get(address));
        afterWrite.getOrDefault(address, () -> { }).run();
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return Optional.ofNullable(routes.get(address));
    }

    private static void throwIfTold(Exception failure) throws ControlException {
        if (failure instanceof ControlException control) {
            throw control;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    private static void requireThrowable(Exception failure) {
        if (!(failure instanceof ControlException) && !(failure instanceof RuntimeException)) {
            throw new IllegalArgumentException("a port can only throw control or runtime exceptions: " + failure);
        }
    }
}
