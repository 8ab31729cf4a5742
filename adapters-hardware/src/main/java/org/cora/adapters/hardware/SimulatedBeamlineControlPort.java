package org.cora.adapters.hardware;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cora.domain.control.ActuationKind;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.Clock;

/**
 * An in-process simulated beamline, seeded from a YAML model (see {@code demo-beamline.yaml} for
 * the schema by example).
 *
 * <p>Contract, beyond {@link ControlPort}:
 * <ul>
 *   <li>An unknown or {@code connected: false} address, and any address once the port is closed,
 *       fails reads and writes with {@link ControlNotConnectedError}.</li>
 *   <li>A write of the wrong JSON type is a {@code ControlValueCoercionError}; a write to a
 *       read-only address or a readback, outside soft limits, of an unknown label or of an index
 *       out of range is a {@link ControlWriteRejectedError}. A refused write changes nothing.</li>
 *   <li>An accepted write lands after the address's {@code write_latency_ms} (at once without
 *       one). With {@code wait} the call returns when it has landed, or throws
 *       {@link ControlTimeoutError} after {@code timeout}; without, it returns at once. As with a
 *       real motor, a wait that times out or is interrupted does not stop the change.</li>
 *   <li>An interrupted wait restores the interrupt flag and throws {@link Cancelled}.</li>
 *   <li>Every reading carries the clock's time of the address's last change as {@code producedAt},
 *       never null; the kind is Array for lists, Categorical for enums, Scalar otherwise.</li>
 *   <li>Every address, known or not, is {@link ActuationKind#Simulated}.</li>
 * </ul>
 * Safe to share between threads. Closing it drops changes still pending; their waiters fail as
 * not connected.
 */
public final class SimulatedBeamlineControlPort implements ControlPort, AutoCloseable {

    private static final String DEMO_MODEL = "demo-beamline.yaml";

    private final Object lock = new Object();
    private final Clock clock;
    private final Map<String, SimulatedChannel> channels;
    private final Map<String, SimulatedDetector> detectorsByAcquireAddress;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("simulated-beamline").daemon().factory());
    private boolean closed;

    SimulatedBeamlineControlPort(BeamlineModel model, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        Instant seededAt = clock.now();
        Map<String, SimulatedChannel> byAddress = addressChannels(model, seededAt);
        Map<String, SimulatedDetector> detectors = new HashMap<>();
        for (DetectorModel detectorModel : model.detectors()) {
            SimulatedDetector detector = new SimulatedDetector(detectorModel, model.seed(), seededAt);
            detector.channels().forEach(channel -> byAddress.put(channel.model().address(), channel));
            detectors.put(detector.acquireAddress(), detector);
        }
        this.channels = Map.copyOf(byAddress);
        this.detectorsByAcquireAddress = Map.copyOf(detectors);
    }

    /** A simulator for the model in {@code yaml}; a malformed model is a {@link MalformedBeamlineModelException}. */
    public static SimulatedBeamlineControlPort fromYaml(Reader yaml, Clock clock) {
        return new SimulatedBeamlineControlPort(BeamlineModelYaml.parse(yaml), clock);
    }

    /** As {@link #fromYaml(Reader, Clock)}, reading UTF-8. */
    public static SimulatedBeamlineControlPort fromYaml(InputStream yaml, Clock clock) {
        return fromYaml(new InputStreamReader(yaml, StandardCharsets.UTF_8), clock);
    }

    /** As {@link #fromYaml(Reader, Clock)}, reading the UTF-8 file at {@code yaml}. */
    public static SimulatedBeamlineControlPort fromYaml(Path yaml, Clock clock) throws IOException {
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            return fromYaml(reader, clock);
        }
    }

    /** The built-in demo beamline ({@code org/cora/adapters/hardware/demo-beamline.yaml}). */
    public static SimulatedBeamlineControlPort demo(Clock clock) {
        try (InputStream yaml = SimulatedBeamlineControlPort.class.getResourceAsStream(DEMO_MODEL)) {
            if (yaml == null) {
                throw new IllegalStateException("the demo model " + DEMO_MODEL + " is missing from the classpath");
            }
            return fromYaml(yaml, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every address the model declares, detector addresses and disconnected ones included, sorted. */
    public Set<String> addresses() {
        return Collections.unmodifiableSet(new TreeSet<>(channels.keySet()));
    }

    @Override
    public Measurement read(String address) throws ControlNotConnectedError {
        synchronized (lock) {
            return connected(address).reading();
        }
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(timeout, "timeout");
        PendingChange change;
        synchronized (lock) {
            change = accept(address, value);
        }
        // Waiting happens outside the lock, so reads and other writes go on during a move.
        if (change.delay().isZero()) {
            apply(change);
            return;
        }
        Future<?> landed = schedule(address, change);
        if (wait) {
            await(address, landed, timeout);
        }
    }

    /**
     * Streams the address's readings: its current value first, then every change (a readback's
     * travel included). An unknown or disconnected address fails the first {@code next} with
     * {@link ControlNotConnectedError}; closing the port fails every live stream the same way.
     */
    @Override
    public ControlSubscription subscribe(String address) {
        Objects.requireNonNull(address, "address");
        return new QueuedSubscription(new ChannelSource(address));
    }

    /** Attaches a subscription to its channel on the first pull, and detaches it on close. */
    private final class ChannelSource implements QueuedSubscription.Source {

        private final String address;
        private SimulatedChannel channel;
        private QueuedSubscription sink;

        ChannelSource(String address) {
            this.address = address;
        }

        @Override
        public void open(QueuedSubscription subscription) throws ControlNotConnectedError {
            synchronized (lock) {
                channel = connected(address);
                sink = subscription;
                channel.subscribe(subscription);
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (channel != null) {
                    channel.unsubscribe(sink);
                }
            }
        }
    }

    /** How a server should publish each address, sorted by address. */
    public List<ChannelDescription> describe() {
        return channels.values().stream()
                .map(channel -> channel.model().describe())
                .sorted(java.util.Comparator.comparing(ChannelDescription::address))
                .toList();
    }

    @Override
    public Optional<ActuationKind> actuationOf(String address) {
        return Optional.of(ActuationKind.Simulated);
    }

    /** Idempotent. Pending changes are dropped and the port answers every later call as not connected. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                channels.forEach((address, channel) -> channel.failSubscribers(new ControlNotConnectedError(address)));
            }
        }
        for (Runnable pending : scheduler.shutdownNow()) {
            if (pending instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }

    private static Map<String, SimulatedChannel> addressChannels(BeamlineModel model, Instant seededAt) {
        Map<String, SimulatedChannel> byAddress = new HashMap<>();
        for (AddressModel address : model.addresses()) {
            byAddress.put(address.address(), new SimulatedChannel(address, seededAt));
        }
        for (AddressModel address : model.addresses()) {
            if (address.isReadback()) {
                byAddress.get(address.follows()).addReadback(byAddress.get(address.address()));
            }
        }
        return byAddress;
    }

    private SimulatedChannel connected(String address) throws ControlNotConnectedError {
        Objects.requireNonNull(address, "address");
        SimulatedChannel channel = channels.get(address);
        if (closed || channel == null || !channel.model().connected()) {
            throw new ControlNotConnectedError(address);
        }
        return channel;
    }

    /** Checks the write against the model and says what it will change; called under the lock. */
    private PendingChange accept(String address, Json value) throws ControlException {
        SimulatedChannel channel = connected(address);
        AddressModel model = channel.model();
        if (model.readOnly()) {
            throw new ControlWriteRejectedError(address,
                    model.isReadback() ? "read-only readback of " + model.follows() : "read-only");
        }
        Json accepted = model.shape().accept(address, value);
        SimulatedDetector detector = detectorsByAcquireAddress.get(address);
        if (detector != null) {
            return detector.start(((Json.Num) accepted).value(), clock.now());
        }
        return new PendingChange(model.writeLatency(), at -> channel.set(accepted, at));
    }

    private void apply(PendingChange change) {
        synchronized (lock) {
            change.apply().accept(clock.now());
        }
    }

    private Future<?> schedule(String address, PendingChange change) throws ControlNotConnectedError {
        try {
            return scheduler.schedule(() -> apply(change), change.delay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closedMeanwhile) {
            throw new ControlNotConnectedError(address);
        }
    }

    private static void await(String address, Future<?> landed, Duration timeout) throws ControlException {
        try {
            landed.get(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ControlTimeoutError(address, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for the write to " + address, e);
        } catch (CancellationException droppedByClose) {
            throw new ControlNotConnectedError(address);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the simulated write to " + address + " failed", e.getCause());
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException beyondThreeCenturies) {
            return Long.MAX_VALUE;
        }
    }
}
