package org.cora.adapters.hardware.epics.ca;

import gov.aps.jca.Monitor;
import org.cora.adapters.hardware.QueuedSubscription;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.Measurement;

/**
 * The Channel Access side of one subscription: on the first pull it connects the channel, watches
 * for its disconnect and adds a monitor; closing clears the monitor. A disconnect, a monitor event
 * with an error status, or the port closing ends the stream.
 *
 * <p>{@link #close} may run on the event thread while {@link #open} is still adding the monitor on
 * the consumer's: the monitor is kept only if the source is still open once it exists, and cleared
 * at once otherwise.
 */
final class CaMonitorSource implements QueuedSubscription.Source, CaChannel.MonitorSink {

    private final String address;
    private final EpicsCaControlPort port;
    private final Runnable onDisconnect = this::disconnected;
    private volatile QueuedSubscription sink;
    private CaChannel channel;
    private Monitor monitor;
    private boolean closed;

    CaMonitorSource(String address, EpicsCaControlPort port) {
        this.address = address;
        this.port = port;
    }

    @Override
    public void open(QueuedSubscription subscription) throws ControlException {
        sink = subscription;
        port.track(this, address);
        CaChannel connected = port.connected(address);
        synchronized (this) {
            channel = connected;
        }
        if (!connected.watchDisconnect(onDisconnect)) {
            throw new ControlNotConnectedError(address);
        }
        Monitor added = connected.monitor(this, port.labelTimeout());
        boolean keep;
        synchronized (this) {
            keep = !closed;
            if (keep) {
                monitor = added;
            }
        }
        if (!keep) {
            port.clear(connected, added);
        }
    }

    @Override
    public void reading(Measurement reading) {
        sink.offer(reading);
    }

    /** Failing closes the source, which calls CAJ: that happens on the event thread, not CAJ's. */
    @Override
    public void failed(ControlException failure) {
        port.dispatch(() -> sink.fail(failure));
    }

    /** The port is closing: the stream ends as not connected. */
    void portClosed() {
        sink.fail(new ControlNotConnectedError(address));
    }

    private void disconnected() {
        sink.fail(new ControlNotConnectedError(address));
    }

    @Override
    public void close() {
        Monitor cleared;
        CaChannel from;
        synchronized (this) {
            closed = true;
            cleared = monitor;
            monitor = null;
            from = channel;
        }
        port.untrack(this);
        if (from != null) {
            from.unwatch(onDisconnect);
            if (cleared != null) {
                port.clear(from, cleared);
            }
        }
    }
}
