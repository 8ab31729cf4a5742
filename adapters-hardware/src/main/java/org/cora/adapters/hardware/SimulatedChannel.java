package org.cora.adapters.hardware;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;

/**
 * The live value of one simulated address. Not thread-safe on its own: the port only touches it
 * while holding its lock, which also keeps an address and its readbacks changing together.
 */
final class SimulatedChannel {

    private final AddressModel model;
    private final List<SimulatedChannel> readbacks = new ArrayList<>();
    private final List<QueuedSubscription> subscribers = new ArrayList<>();
    private Json value;
    private Instant producedAt;

    SimulatedChannel(AddressModel model, Instant seededAt) {
        this.model = model;
        this.value = model.initial();
        this.producedAt = seededAt;
    }

    AddressModel model() {
        return model;
    }

    Json value() {
        return value;
    }

    void addReadback(SimulatedChannel readback) {
        readbacks.add(readback);
    }

    /** Stores {@code newValue} as changed {@code at}, and shows it on every readback of this address. */
    void set(Json newValue, Instant at) {
        value = newValue;
        producedAt = at;
        Measurement changed = reading();
        subscribers.forEach(subscriber -> subscriber.offer(changed));
        for (SimulatedChannel readback : readbacks) {
            readback.set(newValue, at);
        }
    }

    void subscribe(QueuedSubscription subscriber) {
        subscribers.add(subscriber);
        subscriber.offer(reading());
    }

    void unsubscribe(QueuedSubscription subscriber) {
        subscribers.remove(subscriber);
    }

    /** Ends every live subscription with {@code failure} (the port closed). */
    void failSubscribers(org.cora.domain.control.ControlException failure) {
        List<QueuedSubscription> live = List.copyOf(subscribers);
        subscribers.clear();
        live.forEach(subscriber -> subscriber.fail(failure));
    }

    Measurement reading() {
        return new Measurement(value, model.shape().kind(), model.quality(), producedAt, model.qualityDetail());
    }
}
