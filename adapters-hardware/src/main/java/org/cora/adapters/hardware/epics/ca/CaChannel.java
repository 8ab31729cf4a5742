package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.CAException;
import gov.aps.jca.CAStatus;
import gov.aps.jca.Channel;
import gov.aps.jca.Context;
import gov.aps.jca.Monitor;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DBRType;
import gov.aps.jca.dbr.LABELS;
import gov.aps.jca.event.ConnectionEvent;
import gov.aps.jca.event.MonitorListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;

/**
 * One PV's channel, created on first use and kept for the port's life: CAJ reconnects it by itself.
 *
 * <p>Threads: CAJ calls back on its own threads, which must not be blocked nor re-enter CAJ. So a
 * callback here only completes a future or hands work to the port's event thread ({@code
 * events}); connection changes are applied there, in order. No lock of this class is held while
 * calling CAJ, and CAJ's callbacks take none of them.
 *
 * <p>A disconnect fails every request still awaiting an answer with {@link ControlNotConnectedError},
 * runs (once) the actions {@link #watchDisconnect watching} for it, and forgets the enum labels:
 * they are fetched again, with one CTRL read, after the next connect. The native type and count
 * are likewise asked of CAJ once per connection.
 */
final class CaChannel {

    private final String name;
    private final Context context;
    private final CaEvents events;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Runnable> disconnectWatchers = new ArrayList<>();
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private final ReentrantLock labelFetch = new ReentrantLock();
    private final Channel channel;
    private volatile List<String> labels;
    private volatile Shape shape;
    private volatile boolean connected;
    private volatile boolean portClosed;

    CaChannel(String name, Context context, CaEvents events) throws CAException {
        this.name = Objects.requireNonNull(name, "name");
        this.context = context;
        this.events = events;
        this.channel = context.createChannel(name, this::onConnection);
        context.flushIO();
    }

    /** Returns once connected; {@link ControlNotConnectedError} when not connected within {@code timeout}. */
    void awaitConnected(Duration timeout) throws ControlNotConnectedError {
        if (connected) {
            return;
        }
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (!connected) {
                if (remaining <= 0 || portClosed) {
                    throw new ControlNotConnectedError(name);
                }
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for " + name + " to connect", e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} on the event thread at the next disconnect; false (and never runs it) when already disconnected. */
    boolean watchDisconnect(Runnable action) {
        lock.lock();
        try {
            if (connected) {
                disconnectWatchers.add(action);
            }
            return connected;
        } finally {
            lock.unlock();
        }
    }

    void unwatch(Runnable action) {
        lock.lock();
        try {
            disconnectWatchers.remove(action);
        } finally {
            lock.unlock();
        }
    }

    Measurement read(Duration timeout) throws ControlException {
        Shape shape = shape();
        List<String> known = shape.type().isENUM() ? labels(timeout) : List.of();
        DBR value = get(shape.timeType(), shape.requestCount(), timeout);
        return CaReadings.measurement(value, shape.isArray(), known);
    }

    /**
     * Puts {@code value} in the channel's native type. Refused before anything is sent when the
     * server grants no write access or the value does not fit ({@link CaPayload}). With {@code wait}
     * a put-callback confirms completion within {@code timeout}; without, a plain put.
     */
    void write(Json value, boolean wait, Duration timeout, Duration labelTimeout) throws ControlException {
        Shape shape = shape();
        if (!writeAccess()) {
            throw new ControlAccessDeniedError(name);
        }
        List<String> known = shape.type().isENUM() ? labels(labelTimeout) : List.of();
        CaPayload payload = CaPayload.of(name, shape.type(), shape.elementCount(), known, value);
        if (!wait) {
            call(() -> payload.put(channel), true);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(done);
        try {
            call(() -> payload.put(channel, event -> {
                if (event.getStatus() == CAStatus.NORMAL) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(CaFailures.ofPut(name, event.getStatus(), timeout));
                }
            }), true);
            await(done, timeout);
        } finally {
            pending.remove(done);
        }
    }

    /** Where a monitor's events go, called on a CAJ thread: neither may block nor call CAJ. */
    interface MonitorSink {

        void reading(Measurement reading);

        void failed(ControlException failure);
    }

    /**
     * Adds the time-stamped monitor of the value and alarm, at the channel's current length. Every
     * event is read with what was known when it was added (its shape, and for an enum its labels,
     * fetched first), so the first event may arrive before this returns.
     */
    Monitor monitor(MonitorSink sink, Duration labelTimeout) throws ControlException {
        Shape shape = shape();
        List<String> known = shape.type().isENUM() ? labels(labelTimeout) : List.of();
        MonitorListener listener = event -> {
            if (event.getStatus() == CAStatus.NORMAL && event.getDBR() != null) {
                sink.reading(CaReadings.measurement(event.getDBR(), shape.isArray(), known));
            } else {
                sink.failed(CaFailures.ofRead(name, event.getStatus()));
            }
        };
        Monitor[] added = new Monitor[1];
        call(() -> added[0] = channel.addMonitor(shape.timeType(), shape.requestCount(),
                Monitor.VALUE | Monitor.ALARM, listener), false);
        return added[0];
    }

    /** Clears {@code monitor}; one whose channel or context is gone is cleared already. */
    void clear(Monitor monitor) {
        try {
            monitor.clear();
            context.flushIO();
        } catch (CAException | RuntimeException alreadyGone) {
            // The context was destroyed or the channel dropped: nothing is left to release.
        }
    }

    /** The labels of this enum channel, fetched once per connection with a CTRL read. */
    List<String> labels(Duration timeout) throws ControlException {
        List<String> known = labels;
        if (known != null) {
            return known;
        }
        labelFetch.lock();
        try {
            known = labels;
            if (known == null) {
                DBR control = get(DBRType.CTRL_ENUM, 1, timeout);
                String[] raw = ((LABELS) control).getLabels();
                known = raw == null ? List.of() : Arrays.stream(raw).map(l -> l == null ? "" : l).toList();
                labels = known;
            }
            return known;
        } finally {
            labelFetch.unlock();
        }
    }

    /** Fails what still awaits an answer or a connection: the port is closing. */
    void portClosed() {
        lock.lock();
        try {
            portClosed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        pending.forEach(request -> request.completeExceptionally(new ControlNotConnectedError(name)));
    }

    private DBR get(DBRType type, int count, Duration timeout) throws ControlException {
        CompletableFuture<DBR> reply = new CompletableFuture<>();
        pending.add(reply);
        try {
            call(() -> channel.get(type, count, event -> {
                if (event.getStatus() == CAStatus.NORMAL && event.getDBR() != null) {
                    reply.complete(event.getDBR());
                } else {
                    reply.completeExceptionally(CaFailures.ofRead(name, event.getStatus()));
                }
            }), false);
            return await(reply, timeout);
        } finally {
            pending.remove(reply);
        }
    }

    /** A CAJ call then a flush; CAJ's refusals become the exception they mean. */
    private void call(CaCall call, boolean writing) throws ControlException {
        try {
            call.run();
            context.flushIO();
        } catch (CAException refused) {
            throw refusal(writing);
        } catch (IllegalStateException | IllegalArgumentException disconnectedOrGone) {
            throw new ControlNotConnectedError(name);
        }
    }

    /** CAJ refuses with a bare CAException: without the access the request needed, or without a transport. */
    private ControlException refusal(boolean writing) {
        try {
            boolean allowed = writing ? channel.getWriteAccess() : channel.getReadAccess();
            return allowed ? new ControlNotConnectedError(name) : new ControlAccessDeniedError(name);
        } catch (IllegalStateException gone) {
            return new ControlNotConnectedError(name);
        }
    }

    private boolean writeAccess() throws ControlNotConnectedError {
        try {
            return channel.getWriteAccess();
        } catch (IllegalStateException gone) {
            throw new ControlNotConnectedError(name);
        }
    }

    private <T> T await(CompletableFuture<T> answer, Duration timeout) throws ControlException {
        try {
            return answer.get(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ControlTimeoutError(name, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for Channel Access on " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ControlException failure) {
                throw failure;
            }
            throw new IllegalStateException("unexpected failure on " + name, e.getCause());
        }
    }

    /** The native type and count, asked of CAJ once per connection. */
    private Shape shape() throws ControlNotConnectedError {
        Shape known = shape;
        if (known != null) {
            return known;
        }
        try {
            known = new Shape(channel.getFieldType(), channel.getElementCount());
        } catch (IllegalStateException gone) {
            throw new ControlNotConnectedError(name);
        }
        shape = known;
        return known;
    }

    /** On a CAJ thread: hand the change to the event thread, where it is applied in order. */
    private void onConnection(ConnectionEvent event) {
        boolean up = event.isConnected();
        events.dispatch(() -> connectionChanged(up));
    }

    private void connectionChanged(boolean up) {
        List<Runnable> watchers;
        lock.lock();
        try {
            connected = up;
            shape = null;
            watchers = up ? List.of() : List.copyOf(disconnectWatchers);
            if (!up) {
                disconnectWatchers.clear();
                labels = null;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (!up) {
            pending.forEach(request -> request.completeExceptionally(new ControlNotConnectedError(name)));
            watchers.forEach(Runnable::run);
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException beyondThreeCenturies) {
            return Long.MAX_VALUE;
        }
    }

    @FunctionalInterface
    private interface CaCall {
        void run() throws CAException;
    }

    /**
     * The channel's native type and element count. More than one element makes it an array, read
     * with count 0: the server answers with the current length, not the capacity.
     */
    private record Shape(DBRType type, int elementCount) {

        boolean isArray() {
            return elementCount > 1;
        }

        int requestCount() {
            return isArray() ? 0 : 1;
        }

        DBRType timeType() {
            if (type.isDOUBLE()) {
                return DBRType.TIME_DOUBLE;
            }
            if (type.isFLOAT()) {
                return DBRType.TIME_FLOAT;
            }
            if (type.isINT()) {
                return DBRType.TIME_INT;
            }
            if (type.isSHORT()) {
                return DBRType.TIME_SHORT;
            }
            if (type.isBYTE()) {
                return DBRType.TIME_BYTE;
            }
            if (type.isENUM()) {
                return DBRType.TIME_ENUM;
            }
            return DBRType.TIME_STRING;
        }
    }
}
