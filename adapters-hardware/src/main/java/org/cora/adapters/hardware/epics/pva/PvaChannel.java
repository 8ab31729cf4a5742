package org.cora.adapters.hardware.epics.pva;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.shared.Cancelled;
import org.epics.pva.client.ClientAccessRightsListener;
import org.epics.pva.client.ClientChannelListener;
import org.epics.pva.client.ClientChannelState;
import org.epics.pva.client.MonitorListener;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAStructure;

/**
 * The channel of one PV name, shared by every call on that address. core-pva searches for it from
 * creation on and reconnects it by itself after a server comes back; this wrapper tracks each
 * connected spell as a {@link PvaConnection} and turns the library's futures, which never fail
 * when a connection drops, into answers or {@link ControlException}s within a deadline.
 */
final class PvaChannel {

    /** The write permission is read from the channel when a write needs it. */
    private static final ClientAccessRightsListener PERMISSION_READ_ON_WRITE = (channel, writable) -> { };

    private static final String VALUE_FIELD = "field(value)";

    private final String address;
    private final Connections connections;
    private final PVAChannel pva;

    PvaChannel(PVAClient client, String address) {
        this.address = address;
        this.connections = new Connections(address);
        this.pva = client.getChannel(address, connections, PERMISSION_READ_ON_WRITE);
    }

    String address() {
        return address;
    }

    /** The current connection, waiting up to {@code timeout} for one; none in time is not connected. */
    PvaConnection awaitConnection(Duration timeout) throws ControlNotConnectedError {
        try {
            return connections.current().get(nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException notConnectedInTime) {
            throw new ControlNotConnectedError(address);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for " + address + " to connect", e);
        }
    }

    /** Whether the server grants this client write access, as it last said. */
    boolean isWritable() {
        return pva.isWritable();
    }

    /** Gets {@code request} ("" for the whole structure). */
    CompletableFuture<PVAStructure> get(String request) {
        return pva.read(request);
    }

    /** The PV's type, without values. */
    CompletableFuture<PVAStructure> describe() {
        return pva.info("");
    }

    /** Puts {@code value} into the value field; with {@code completion} the server answers once it completed. */
    CompletableFuture<Void> put(boolean completion, Object value) {
        try {
            return pva.write(completion, VALUE_FIELD, value);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Monitors the whole structure; core-pva refuses when the channel is not connected. */
    AutoCloseable monitor(MonitorListener listener) throws ControlNotConnectedError {
        try {
            return pva.subscribe("", listener);
        } catch (Exception notConnected) {
            throw new ControlNotConnectedError(address);
        }
    }

    /**
     * The answer to {@code request}: {@link ControlTimeoutError} when none came within
     * {@code timeout}, {@link ControlNotConnectedError} when the connection dropped meanwhile, and
     * {@code failure} of the cause when the server refused.
     */
    <T> T await(CompletableFuture<T> request, PvaConnection connection, Duration timeout,
                Function<Throwable, ControlException> failure) throws ControlException {
        try {
            CompletableFuture.anyOf(request, connection.lost()).get(nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (!connection.isLost()) {
                throw new ControlTimeoutError(address, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for " + address, e);
        } catch (ExecutionException refusedOrDropped) {
            // Told apart below: a request also fails when its connection was gone before it was sent.
        }
        if (request.isDone() && !request.isCompletedExceptionally()) {
            return request.join();
        }
        if (connection.isLost() || !pva.isConnected()) {
            throw new ControlNotConnectedError(address);
        }
        throw failure.apply(request.exceptionNow());
    }

    /** Releases the channel on the server; every wait on it ends as not connected. */
    void close() {
        pva.close();
    }

    private static long nanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException beyondThreeCenturies) {
            return Long.MAX_VALUE;
        }
    }

    /** Follows the channel's state: a fresh {@link PvaConnection} per CONNECTED, lost when it leaves. */
    private static final class Connections implements ClientChannelListener {

        private final String address;
        private CompletableFuture<PvaConnection> current = new CompletableFuture<>();

        Connections(String address) {
            this.address = address;
        }

        synchronized CompletableFuture<PvaConnection> current() {
            return current;
        }

        @Override
        public void channelStateChanged(PVAChannel channel, ClientChannelState state) {
            switch (state) {
                case CONNECTED -> connected();
                case CLOSING, CLOSED -> ended(true);
                default -> ended(false);
            }
        }

        private synchronized void connected() {
            if (!current.isDone()) {
                current.complete(new PvaConnection(address));
            }
        }

        private void ended(boolean forGood) {
            PvaConnection lost = null;
            synchronized (this) {
                if (current.isDone() && !current.isCompletedExceptionally()) {
                    lost = current.join();
                    current = new CompletableFuture<>();
                }
                if (forGood) {
                    current.completeExceptionally(new ControlNotConnectedError(address));
                }
            }
            if (lost != null) {
                lost.lose();
            }
        }
    }
}
