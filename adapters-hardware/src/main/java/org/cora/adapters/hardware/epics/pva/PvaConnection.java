package org.cora.adapters.hardware.epics.pva;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.cora.adapters.hardware.QueuedSubscription;
import org.cora.domain.control.ControlNotConnectedError;
import org.epics.pva.data.PVAStructure;

/**
 * One connected spell of a channel, from CONNECTED until the channel leaves that state. What
 * depends on the connection ends with it: waits for the server's answers are released, and the
 * subscriptions opened on it fail with {@link ControlNotConnectedError} (core-pva neither fails
 * pending requests nor ends monitors when a connection drops; it silently reconnects later).
 */
final class PvaConnection {

    private final String address;
    private final CompletableFuture<Void> lost = new CompletableFuture<>();
    private final Set<QueuedSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile PVAStructure type;

    PvaConnection(String address) {
        this.address = address;
    }

    /** Completes when the connection is lost. */
    CompletableFuture<Void> lost() {
        return lost;
    }

    boolean isLost() {
        return lost.isDone();
    }

    /** The PV's type as this connection's server described it; null until someone looked it up. */
    PVAStructure type() {
        return type;
    }

    void rememberType(PVAStructure described) {
        type = described;
    }

    /** Ties {@code subscription} to this connection; one opened on a connection already lost fails at once. */
    void attach(QueuedSubscription subscription) {
        subscriptions.add(subscription);
        if (isLost()) {
            subscriptions.remove(subscription);
            subscription.fail(new ControlNotConnectedError(address));
        }
    }

    void detach(QueuedSubscription subscription) {
        subscriptions.remove(subscription);
    }

    void lose() {
        lost.complete(null);
        for (QueuedSubscription subscription : subscriptions) {
            subscriptions.remove(subscription);
            subscription.fail(new ControlNotConnectedError(address));
        }
    }
}
