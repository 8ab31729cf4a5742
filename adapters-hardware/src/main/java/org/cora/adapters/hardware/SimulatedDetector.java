package org.cora.adapters.hardware;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.json.Json;

/**
 * The live state of one simulated counting detector. Writing 1 to {@code <prefix>:acquire} counts
 * for {@code <prefix>:acquire_time} seconds; the count then lands on {@code <prefix>:counts} as
 * {@code round(counts_per_second * acquire_time)} plus Gaussian noise of one square root of the
 * mean per sigma, clipped at three sigma and never below zero, and {@code <prefix>:frame} goes up
 * by one. The noise comes from a generator seeded by the model's seed and the prefix, so a model
 * replays the same sequence of counts. Called only under the port's lock.
 */
final class SimulatedDetector {

    private static final double NOISE_CLIP_SIGMAS = 3.0;

    private final DetectorModel model;
    private final SimulatedChannel acquireTime;
    private final SimulatedChannel acquire;
    private final SimulatedChannel counts;
    private final SimulatedChannel frame;
    private final Random noise;

    SimulatedDetector(DetectorModel model, long seed, Instant seededAt) {
        this.model = model;
        this.acquireTime = channel(model.acquireTimeAddress(), Json.num(model.acquireTime()),
                new ValueShape.NumericShape(DetectorModel.MIN_ACQUIRE_TIME, DetectorModel.MAX_ACQUIRE_TIME),
                false, seededAt);
        this.acquire = channel(model.acquireAddress(), Json.num(0),
                new ValueShape.NumericShape(BigDecimal.ZERO, BigDecimal.ONE), false, seededAt);
        this.counts = channel(model.countsAddress(), Json.num(0), new ValueShape.NumericShape(null, null), true, seededAt);
        this.frame = channel(model.frameAddress(), Json.num(0), new ValueShape.NumericShape(null, null), true, seededAt);
        this.noise = new Random(31 * seed + model.prefix().hashCode());
    }

    private static SimulatedChannel channel(String address, Json initial, ValueShape shape, boolean readOnly,
                                            Instant seededAt) {
        return new SimulatedChannel(AddressModel.plain(address, shape, initial, readOnly), seededAt, 0);
    }

    List<SimulatedChannel> channels() {
        return List.of(acquireTime, acquire, counts, frame);
    }

    String acquireAddress() {
        return model.acquireAddress();
    }

    /**
     * What writing {@code value} (already within 0..1) to acquire does. 1 starts a count unless one
     * is running; 0 would stop a count in a real detector, which the simulator does not model, so
     * it changes nothing.
     */
    PendingChange start(BigDecimal value, Instant now) throws ControlWriteRejectedError {
        if (value.signum() == 0) {
            return PendingChange.NONE;
        }
        if (value.compareTo(BigDecimal.ONE) != 0) {
            throw new ControlWriteRejectedError(acquireAddress(), "acquire takes 1 to count (or 0)");
        }
        if (isAcquiring()) {
            throw new ControlWriteRejectedError(acquireAddress(), model.prefix() + " is already acquiring");
        }
        // The exposure is fixed when the count starts, as a real detector latches it.
        BigDecimal seconds = number(acquireTime);
        acquire.set(Json.num(1), now);
        return new PendingChange(Duration.ofNanos(seconds.movePointRight(9).longValue()), at -> finish(seconds, at));
    }

    private boolean isAcquiring() {
        return number(acquire).signum() != 0;
    }

    private void finish(BigDecimal seconds, Instant at) {
        counts.set(Json.num(countsFor(seconds)), at);
        frame.set(Json.num(number(frame).longValue() + 1), at);
        acquire.set(Json.num(0), at);
    }

    private long countsFor(BigDecimal seconds) {
        double mean = model.countsPerSecond().multiply(seconds).doubleValue();
        double deviation = Math.clamp(noise.nextGaussian(), -NOISE_CLIP_SIGMAS, NOISE_CLIP_SIGMAS) * Math.sqrt(mean);
        return Math.max(0, Math.round(mean) + Math.round(deviation));
    }

    private static BigDecimal number(SimulatedChannel channel) {
        return ((Json.Num) channel.value()).value();
    }
}
