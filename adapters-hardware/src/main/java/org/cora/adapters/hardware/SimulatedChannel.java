package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;

/**
 * The live state of one simulated address: its value, connection, declared quality, subscribers
 * and the waited writes still pending on it. Not thread-safe on its own: the port only touches it
 * while holding its lock, which also keeps an address and its readbacks changing together.
 *
 * <p>A reading's quality is the declared one while that is not Good (a broken sensor stays
 * broken), else what the alarm limits make of the value shown. A noisy readback shows its value
 * plus a fresh Gaussian sample on every reading, stamped with the time it was taken.
 */
final class SimulatedChannel {

    private final AddressModel model;
    private final List<SimulatedChannel> readbacks = new ArrayList<>();
    private final List<QueuedSubscription> subscribers = new ArrayList<>();
    private final List<CompletableFuture<Void>> pendingWrites = new ArrayList<>();
    private final Random noise;
    private Json value;
    private Instant producedAt;
    private boolean connected;
    private Quality quality;
    private String qualityDetail;

    SimulatedChannel(AddressModel model, Instant seededAt, long noiseSeed) {
        this.model = model;
        this.value = model.initial();
        this.producedAt = seededAt;
        this.connected = model.connected();
        this.quality = model.quality();
        this.qualityDetail = model.qualityDetail();
        this.noise = model.noise() > 0 ? new Random(noiseSeed) : null;
    }

    AddressModel model() {
        return model;
    }

    Json value() {
        return value;
    }

    boolean isConnected() {
        return connected;
    }

    void addReadback(SimulatedChannel readback) {
        readbacks.add(readback);
    }

    /**
     * Stores {@code newValue} as changed {@code at}, and shows it on every readback of this
     * address, unless this is a motor, whose readbacks show its position as it travels.
     */
    void set(Json newValue, Instant at) {
        store(newValue, at);
        if (!model.isMotor()) {
            showOnReadbacks(newValue, at);
        }
    }

    void showOnReadbacks(Json shown, Instant at) {
        readbacks.forEach(readback -> readback.store(shown, at));
    }

    private void store(Json newValue, Instant at) {
        value = newValue;
        producedAt = at;
        if (!subscribers.isEmpty()) {
            Measurement changed = reading(at);
            subscribers.forEach(subscriber -> subscriber.offer(changed));
        }
    }

    /** Replaces the declared quality; Good hands the judgement back to the alarm limits. */
    void declareQuality(Quality newQuality, String detail, Instant at) {
        quality = newQuality;
        qualityDetail = detail == null ? "" : detail;
        store(value, at);
    }

    void subscribe(QueuedSubscription subscriber, Instant now) {
        subscribers.add(subscriber);
        subscriber.offer(reading(now));
    }

    void unsubscribe(QueuedSubscription subscriber) {
        subscribers.remove(subscriber);
    }

    /** Keeps {@code done} so that a disconnect or close can fail its waiter. */
    void track(CompletableFuture<Void> done) {
        pendingWrites.removeIf(CompletableFuture::isDone);
        if (!pendingWrites.contains(done)) {
            pendingWrites.add(done);
        }
    }

    void connect() {
        connected = true;
    }

    /** Drops the connection: every live subscription and every waited write on it fails with {@code failure}. */
    void disconnect(ControlException failure) {
        connected = false;
        List<QueuedSubscription> live = List.copyOf(subscribers);
        subscribers.clear();
        live.forEach(subscriber -> subscriber.fail(failure));
        List<CompletableFuture<Void>> waiting = List.copyOf(pendingWrites);
        pendingWrites.clear();
        waiting.forEach(pending -> pending.completeExceptionally(failure));
    }

    /** The reading a client gets {@code now}. */
    Measurement reading(Instant now) {
        Json shown = value;
        Instant at = producedAt;
        if (noise != null && value instanceof Json.Num number) {
            shown = Json.num(BigDecimal.valueOf(number.value().doubleValue() + noise.nextGaussian() * model.noise()));
            at = now;
        }
        if (quality != Quality.Good) {
            return new Measurement(shown, model.shape().kind(), quality, at, qualityDetail);
        }
        String alarm = model.alarm() != null && shown instanceof Json.Num number
                ? model.alarm().alarmFor(number.value()) : "";
        return new Measurement(shown, model.shape().kind(), alarm.isEmpty() ? Quality.Good : Quality.Uncertain, at,
                alarm);
    }
}
