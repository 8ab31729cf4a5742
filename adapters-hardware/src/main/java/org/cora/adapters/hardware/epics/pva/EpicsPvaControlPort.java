package org.cora.adapters.hardware.epics.pva;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.cora.adapters.hardware.QueuedSubscription;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.MalformedControlAddressError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAStructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EPICS pvAccess, through the pure-Java core-pva client. An address is a PV name.
 *
 * <p>Contract, beyond {@link ControlPort}:
 * <ul>
 *   <li>One channel per PV name, created on first use and kept (core-pva reconnects it when its
 *       server returns). A call waits up to {@link EpicsPvaSettings#connectionTimeout()} for it
 *       to connect, then fails with {@link ControlNotConnectedError}; so does a call whose
 *       connection drops while it waits. A read waits up to
 *       {@link EpicsPvaSettings#readTimeout()} for the answer ({@code ControlTimeoutError}); a get
 *       the server answers with an error status also counts as not connected.</li>
 *   <li>NTScalar reads as Scalar, NTScalarArray as Array, NTEnum as the Categorical label,
 *       NTNDArray as an Image {@code {"dims": [...], "data": [...]}} and NTTable as Tabular
 *       {@code {"column": [...]}} (details in {@code PvaReadings}); a structure that fits none is a
 *       {@code ControlValueCoercionError}. Alarm severity NO_ALARM is Good, MINOR and MAJOR
 *       Uncertain, INVALID Bad, with {@code SEVERITY/MESSAGE} ("MINOR/HIGH") kept as the quality
 *       detail; the source time is {@code timeStamp}, null when zero or at or before 1990.</li>
 *   <li>A write is checked against the PV's type first ({@code PvaWrites}): a value of the wrong
 *       type is a {@code ControlValueCoercionError} and a label that is not one of an enum's
 *       choices a {@link ControlWriteRejectedError}, both before anything is sent. A PV whose
 *       server withholds write access (pvAccess tells the client with the channel) is a
 *       {@link ControlAccessDeniedError}, also before sending. With {@code wait} the put asks for
 *       completion and the call returns when the server confirms it, fails with
 *       {@code ControlTimeoutError} after {@code timeout} (the put goes on), or with
 *       {@link ControlWriteRejectedError} carrying the server's message when the server refuses;
 *       without, it returns once the put is queued, and a refusal is only logged.</li>
 *   <li>A subscription monitors the whole structure from its first pull; a disconnect, or the
 *       server ending the monitor, fails it with {@link ControlNotConnectedError}; closing it
 *       cancels the monitor. A reading that cannot be mapped fails it with its coercion error.</li>
 *   <li>An interrupted wait restores the interrupt flag and throws {@code Cancelled}.</li>
 *   <li>It declares nothing about simulation: {@link #actuationOf} is empty, the route decides.</li>
 * </ul>
 * Safe to share between threads. {@link #close()} releases every channel and the client, ends
 * live subscriptions as not connected, and answers every later call as not connected.
 */
public final class EpicsPvaControlPort implements ControlPort, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EpicsPvaControlPort.class);
    private static final String SUBSTRATE = "epics_pva";
    private static final String WHOLE_STRUCTURE = "";
    private static final String VALUE_FIELD = "field(value)";
    private static final String FAILED_WITH = " failed with ";
    private static final Pattern STATUS_TYPE = Pattern.compile("^(WARNING|ERROR|FATAL): ");

    private final EpicsPvaSettings settings;
    private final PVAClient client;
    private final Map<String, PvaChannel> channels = new ConcurrentHashMap<>();
    private boolean closed;

    /**
     * A port with its own core-pva client, configured by {@code settings}. core-pva's settings are
     * process-wide: they are set only while this client is built, then put back.
     */
    public EpicsPvaControlPort(EpicsPvaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        try {
            this.client = PvaLibraryConfiguration.client(settings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the pvAccess client", e);
        }
    }

    @Override
    public Measurement read(String address) throws ControlException {
        PvaChannel channel = channel(address);
        PvaConnection connection = channel.awaitConnection(settings.connectionTimeout());
        PVAStructure data = channel.await(channel.get(WHOLE_STRUCTURE), connection, settings.readTimeout(),
                refused -> new ControlNotConnectedError(address));
        return PvaReadings.measurement(address, data);
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(timeout, "timeout");
        PvaChannel channel = channel(address);
        PvaConnection connection = channel.awaitConnection(settings.connectionTimeout());
        Object put = PvaWrites.putValue(address, type(channel, connection), value,
                () -> choices(channel, connection));
        if (!channel.isWritable()) {
            throw new ControlAccessDeniedError(address);
        }
        CompletableFuture<Void> done = channel.put(wait, put);
        if (wait) {
            channel.await(done, connection, timeout,
                    refused -> new ControlWriteRejectedError(address, reason(refused)));
        } else {
            done.whenComplete((ok, refused) -> logUnwaitedRefusal(address, refused));
        }
    }

    @Override
    public ControlSubscription subscribe(String address) throws ControlException {
        requireWellFormed(address);
        return new QueuedSubscription(new MonitorSource(address));
    }

    /** Idempotent. */
    @Override
    public void close() {
        List<PvaChannel> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = List.copyOf(channels.values());
            channels.clear();
        }
        open.forEach(PvaChannel::close);
        client.close();
    }

    private PvaChannel channel(String address) throws ControlException {
        PvaChannel known = channels.get(address);
        if (known != null) {
            return known;
        }
        requireWellFormed(address);
        synchronized (this) {
            if (closed) {
                throw new ControlNotConnectedError(address);
            }
            return channels.computeIfAbsent(address, name -> new PvaChannel(client, name));
        }
    }

    /** The PV's type, looked up once per connection. */
    private PVAStructure type(PvaChannel channel, PvaConnection connection) throws ControlException {
        PVAStructure type = connection.type();
        if (type == null) {
            type = channel.await(channel.describe(), connection, settings.readTimeout(),
                    refused -> new ControlNotConnectedError(channel.address()));
            connection.rememberType(type);
        }
        return type;
    }

    /** An enum's choices as the server has them now. */
    private List<String> choices(PvaChannel channel, PvaConnection connection) throws ControlException {
        PVAStructure data = channel.await(channel.get(VALUE_FIELD), connection, settings.readTimeout(),
                refused -> new ControlNotConnectedError(channel.address()));
        return data.get("value") instanceof PVAStructure enumerated ? PvaReadings.choices(enumerated) : List.of();
    }

    private static void requireWellFormed(String address) throws MalformedControlAddressError {
        Objects.requireNonNull(address, "address");
        if (address.isEmpty()) {
            throw new MalformedControlAddressError(address, SUBSTRATE, "a PV name cannot be empty");
        }
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new MalformedControlAddressError(address, SUBSTRATE, "a PV name cannot contain blanks");
        }
    }

    /** The server's status message, out of core-pva's "... failed with ERROR: message". */
    private static String reason(Throwable refused) {
        String message = Objects.toString(refused.getMessage(), refused.toString());
        int at = message.lastIndexOf(FAILED_WITH);
        String status = at < 0 ? message : message.substring(at + FAILED_WITH.length());
        return STATUS_TYPE.matcher(status).replaceFirst("");
    }

    private static void logUnwaitedRefusal(String address, Throwable refused) {
        if (refused != null) {
            LOG.warn("the unwaited write to {} failed: {}", address, reason(refused));
        }
    }

    /** Opens a monitor on the first pull and ties it to the connection it was opened on. */
    private final class MonitorSource implements QueuedSubscription.Source {

        private final String address;
        private QueuedSubscription sink;
        private PvaConnection connection;
        private AutoCloseable monitor;
        private boolean released;

        MonitorSource(String address) {
            this.address = address;
        }

        @Override
        public void open(QueuedSubscription subscription) throws ControlException {
            sink = subscription;
            PvaChannel channel = channel(address);
            PvaConnection opened = channel.awaitConnection(settings.connectionTimeout());
            AutoCloseable started = channel.monitor((pva, changes, overruns, data) -> deliver(changes, data));
            synchronized (this) {
                connection = opened;
                monitor = started;
                if (released) {
                    cancel(started);
                    return;
                }
            }
            opened.attach(subscription);
        }

        /** core-pva passes null data when the server ended the monitor; an update that changed nothing is skipped. */
        private void deliver(BitSet changes, PVAStructure data) {
            if (data == null) {
                sink.fail(new ControlNotConnectedError(address));
                return;
            }
            if (changes.isEmpty()) {
                return;
            }
            try {
                sink.offer(PvaReadings.measurement(address, data));
            } catch (ControlException unreadable) {
                sink.fail(unreadable);
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                released = true;
                if (connection != null) {
                    connection.detach(sink);
                }
                if (monitor != null) {
                    cancel(monitor);
                }
            }
        }

        private void cancel(AutoCloseable started) {
            try {
                started.close();
            } catch (Exception alreadyGone) {
                LOG.debug("the monitor of {} was already gone", address, alreadyGone);
            }
        }
    }
}
