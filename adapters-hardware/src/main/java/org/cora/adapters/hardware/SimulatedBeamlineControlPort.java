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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;
import org.cora.domain.shared.Clock;

/**
 * An in-process simulated beamline, seeded from a YAML model (see {@code demo-beamline.yaml} for
 * the schema by example).
 *
 * <p>Contract, beyond {@link ControlPort}:
 * <ul>
 *   <li>An unknown or disconnected address, and any address once the port is closed, fails reads
 *       and writes with {@link ControlNotConnectedError}.</li>
 *   <li>A write of the wrong JSON type is a {@code ControlValueCoercionError}; a write to a
 *       read-only address or a readback, outside soft limits, of an unknown label or of an index
 *       out of range is a {@link ControlWriteRejectedError}. A refused write changes nothing and
 *       moves nothing.</li>
 *   <li>A write to a motor shows the target on the motor's address at once (its EPICS VAL) and
 *       starts a move with a trapezoidal velocity profile; its readbacks travel along it, one
 *       change per tick ({@code tick_ms}, real time), and show the target exactly on arrival. A
 *       write while the motor moves retargets it from where it is, at the speed it has. With
 *       {@code wait} the call returns when the motor comes to rest (after a retarget, at the newer
 *       target).</li>
 *   <li>Any other accepted write lands after the address's {@code write_latency_ms} (at once
 *       without one). With {@code wait} the call returns when it has landed.</li>
 *   <li>A wait throws {@link ControlTimeoutError} after {@code timeout}; as with real hardware, a
 *       wait that times out or is interrupted does not stop the change or the move. An interrupted
 *       wait restores the interrupt flag and throws {@link Cancelled}. A wait on an address that
 *       disconnects, or on a port that closes, fails with {@link ControlNotConnectedError}.</li>
 *   <li>A reading's quality is the address's declared one (model or {@link #setQuality}) while that
 *       is not Good, else what its alarm limits make of the value shown: Uncertain with
 *       {@code MINOR/HIGH}, {@code MAJOR/HIHI} and the like, re-judged on every change.</li>
 *   <li>Every reading carries the clock's time of the address's last change as {@code producedAt},
 *       never null; a noisy readback's reading is a fresh sample, stamped with the clock's time of
 *       the read. The kind is Array for lists, Categorical for enums, Scalar otherwise.</li>
 *   <li>Every address, known or not, is {@link ActuationKind#Simulated}.</li>
 * </ul>
 * Scenarios drive the simulation through {@link #setConnected}, {@link #setValue} and
 * {@link #setQuality}. Safe to share between threads. Closing it drops pending changes and stops
 * every move; their waiters fail as not connected.
 */
public final class SimulatedBeamlineControlPort implements ControlPort, AutoCloseable {

    private static final String DEMO_MODEL = "demo-beamline.yaml";

    private final Object lock = new Object();
    private final Clock clock;
    private final Duration tick;
    private final Map<String, SimulatedChannel> channels;
    private final Map<String, SimulatedDetector> detectorsByAcquireAddress;
    private final Map<String, SimulatedMotor> motors;
    private final ActionCatalog actions;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("simulated-beamline").daemon().factory());
    private boolean closed;

    SimulatedBeamlineControlPort(BeamlineModel model, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tick = model.tick();
        this.actions = model.actions();
        Instant seededAt = clock.now();
        Map<String, SimulatedChannel> byAddress = addressChannels(model, seededAt);
        Map<String, SimulatedDetector> detectors = new HashMap<>();
        for (DetectorModel detectorModel : model.detectors()) {
            SimulatedDetector detector = new SimulatedDetector(detectorModel, model.seed(), seededAt);
            detector.channels().forEach(channel -> byAddress.put(channel.model().address(), channel));
            detectors.put(detector.acquireAddress(), detector);
        }
        Map<String, SimulatedMotor> motorsByAddress = new HashMap<>();
        byAddress.forEach((address, channel) -> {
            if (channel.model().isMotor()) {
                motorsByAddress.put(address, new SimulatedMotor(channel));
            }
        });
        this.channels = Map.copyOf(byAddress);
        this.detectorsByAcquireAddress = Map.copyOf(detectors);
        this.motors = Map.copyOf(motorsByAddress);
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

    /**
     * The actions the model's {@code actions:} section configures, or {@link ActionCatalog#defaults()}
     * ({@code count} on {@code sim:det}) for a model without one.
     */
    public ActionCatalog actions() {
        return actions;
    }

    @Override
    public Measurement read(String address) throws ControlNotConnectedError {
        synchronized (lock) {
            return connected(address).reading(clock.now());
        }
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(timeout, "timeout");
        Future<Void> done;
        synchronized (lock) {
            done = start(address, value);
        }
        // Waiting happens outside the lock, so reads and other writes go on during a move.
        if (wait) {
            await(address, done, timeout);
        }
    }

    /**
     * Streams the address's readings: its current value first, then every change (a readback's
     * travel included). An unknown or disconnected address fails the first {@code next} with
     * {@link ControlNotConnectedError}; a disconnect or closing the port fails every live stream
     * the same way.
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
                channel.subscribe(subscription, clock.now());
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

    /**
     * Scenario control: connects or disconnects a declared address, as when its IOC starts or
     * stops. Disconnecting fails its live subscriptions and waited writes with
     * {@link ControlNotConnectedError}, and later reads and writes until it is connected again; the
     * simulated device itself goes on (a moving motor keeps moving). Unknown addresses are an
     * {@link IllegalArgumentException}.
     */
    public void setConnected(String address, boolean connected) {
        synchronized (lock) {
            SimulatedChannel channel = declared(address);
            if (connected) {
                channel.connect();
            } else if (channel.isConnected()) {
                channel.disconnect(new ControlNotConnectedError(address));
            }
        }
    }

    /**
     * Scenario control: the simulation itself changes a value it owns (a ring current that decays,
     * a temperature that drifts), read-only addresses and soft limits notwithstanding. The change
     * lands at once and shows on its readbacks and subscriptions, its alarm judged afresh. The
     * value must have the address's type; a readback shows its source, and a motor or a detector's
     * acquire act when written, so none of them can be set. Any refusal is an
     * {@link IllegalArgumentException}.
     */
    public void setValue(String address, Json value) {
        Objects.requireNonNull(value, "value");
        synchronized (lock) {
            SimulatedChannel channel = declared(address);
            AddressModel model = channel.model();
            if (model.isReadback() || model.isMotor() || detectorsByAcquireAddress.containsKey(address)) {
                throw new IllegalArgumentException(address + " cannot be set by the simulation: " + (model.isReadback()
                        ? "it shows " + model.follows() : "write it, as a client does, to set it going"));
            }
            try {
                channel.set(model.shape().withoutLimits().accept(address, value), clock.now());
            } catch (ControlException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /**
     * Scenario control: declares the address's quality (as the model's {@code quality} and
     * {@code quality_detail} do), for example {@code Bad} with {@code INVALID/COMM} for a broken
     * sensor. Good hands the judgement back to the alarm limits. Subscribers see the change.
     */
    public void setQuality(String address, Quality quality, String detail) {
        Objects.requireNonNull(quality, "quality");
        synchronized (lock) {
            declared(address).declareQuality(quality, detail, clock.now());
        }
    }

    /** Idempotent. Pending changes are dropped, moves stop, and the port answers every later call as not connected. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                channels.forEach((address, channel) -> channel.disconnect(new ControlNotConnectedError(address)));
            }
        }
        scheduler.shutdownNow();
    }

    private static Map<String, SimulatedChannel> addressChannels(BeamlineModel model, Instant seededAt) {
        Map<String, SimulatedChannel> byAddress = new HashMap<>();
        for (AddressModel address : model.addresses()) {
            byAddress.put(address.address(),
                    new SimulatedChannel(address, seededAt, 31 * model.seed() + address.address().hashCode()));
        }
        for (AddressModel address : model.addresses()) {
            if (address.isReadback()) {
                byAddress.get(address.follows()).addReadback(byAddress.get(address.address()));
            }
        }
        return byAddress;
    }

    private SimulatedChannel declared(String address) {
        Objects.requireNonNull(address, "address");
        SimulatedChannel channel = channels.get(address);
        if (channel == null) {
            throw new IllegalArgumentException(address + " is not an address of this beamline");
        }
        return channel;
    }

    private SimulatedChannel connected(String address) throws ControlNotConnectedError {
        Objects.requireNonNull(address, "address");
        SimulatedChannel channel = channels.get(address);
        if (closed || channel == null || !channel.isConnected()) {
            throw new ControlNotConnectedError(address);
        }
        return channel;
    }

    /** Checks the write against the model and sets it going; called under the lock. */
    private Future<Void> start(String address, Json value) throws ControlException {
        SimulatedChannel channel = connected(address);
        AddressModel model = channel.model();
        if (model.readOnly()) {
            throw new ControlWriteRejectedError(address,
                    model.isReadback() ? "read-only readback of " + model.follows() : "read-only");
        }
        Json accepted = model.shape().accept(address, value);
        SimulatedMotor motor = motors.get(address);
        if (motor != null) {
            return move(motor, accepted);
        }
        SimulatedDetector detector = detectorsByAcquireAddress.get(address);
        PendingChange change = detector != null
                ? detector.start(((Json.Num) accepted).value(), clock.now())
                : new PendingChange(model.writeLatency(), at -> channel.set(accepted, at));
        return land(channel, change);
    }

    private Future<Void> move(SimulatedMotor motor, Json target) {
        Future<Void> rest = motor.moveTo(target, System.nanoTime(), clock.now());
        if (motor.needsTicking()) {
            long every = tick.toNanos();
            motor.ticking(scheduler.scheduleAtFixedRate(() -> advance(motor), every, every, TimeUnit.NANOSECONDS));
        }
        return rest;
    }

    private void advance(SimulatedMotor motor) {
        synchronized (lock) {
            if (!closed) {
                motor.advance(System.nanoTime(), clock.now());
            }
        }
    }

    private Future<Void> land(SimulatedChannel channel, PendingChange change) {
        if (change.delay().isZero()) {
            change.apply().accept(clock.now());
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> landed = new CompletableFuture<>();
        channel.track(landed);
        scheduler.schedule(() -> {
            synchronized (lock) {
                if (!closed) {
                    change.apply().accept(clock.now());
                    landed.complete(null);
                }
            }
        }, change.delay().toNanos(), TimeUnit.NANOSECONDS);
        return landed;
    }

    private static void await(String address, Future<Void> done, Duration timeout) throws ControlException {
        try {
            done.get(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new ControlTimeoutError(address, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for the write to " + address, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ControlException failure) {
                throw failure;
            }
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
