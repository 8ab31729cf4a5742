package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.CAJContext;
import gov.aps.jca.CAException;
import gov.aps.jca.Context;
import gov.aps.jca.Monitor;
import gov.aps.jca.configuration.ConfigurationException;
import gov.aps.jca.configuration.DefaultConfiguration;
import gov.aps.jca.event.DirectEventDispatcher;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cora.adapters.hardware.QueuedSubscription;
import org.cora.domain.control.ControlAccessDeniedError;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlNotConnectedError;
import org.cora.domain.control.ControlPort;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.ControlTimeoutError;
import org.cora.domain.control.ControlValueCoercionError;
import org.cora.domain.control.ControlWriteRejectedError;
import org.cora.domain.control.MalformedControlAddressError;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.cora.domain.shared.Cancelled;

/**
 * {@link ControlPort} over EPICS Channel Access, with the pure-Java CAJ client of {@code org.epics:jca}.
 * An address is a PV name.
 *
 * <p>Contract, beyond {@link ControlPort}:
 * <ul>
 *   <li>A PV name that is empty or holds whitespace or control characters is a
 *       {@link MalformedControlAddressError}, thrown before any network traffic.</li>
 *   <li>Channels are created on first use and kept, one per PV name. Each call waits up to
 *       {@link EpicsCaSettings#connectTimeout()} for its channel to be connected, else
 *       {@link ControlNotConnectedError}: an unknown PV and a stopped server look the same.</li>
 *   <li>A read is a DBR_TIME get of the native type, mapped by {@code CaReadings}: an array channel
 *       (element count above one) is requested with count 0 and reads as an Array of its current
 *       length; an enum reads as its label (labels fetched once per connection with a CTRL read);
 *       the alarm severity is the quality ({@code "SEVERITY/STATUS"} kept as detail), the server's
 *       stamp is {@code producedAt} (none at or before 1990). It fails with
 *       {@link ControlTimeoutError} after {@link EpicsCaSettings#readTimeout()}.</li>
 *   <li>A write converts the JSON value to the channel's native type first ({@code CaPayload}): a
 *       value of the wrong type is a {@link ControlValueCoercionError} and one the channel cannot
 *       hold (not a label, too many elements) a {@link ControlWriteRejectedError}, nothing sent.
 *       A channel the server grants no write access refuses every write with
 *       {@link ControlAccessDeniedError}. With {@code wait} it is a put-callback: an error status is
 *       a {@link ControlWriteRejectedError} carrying the status's message, no answer within the
 *       timeout a {@link ControlTimeoutError} (the put goes on, as a motor keeps moving). Without, a
 *       plain put that returns once sent.</li>
 *   <li>A subscription is a DBR_TIME monitor of value and alarm changes; its first reading is the
 *       current value. A disconnect ends it with {@link ControlNotConnectedError}, and so does
 *       closing the port; closing the subscription clears the monitor.</li>
 *   <li>Every failure is one {@link ControlException}; no CAJ exception escapes. An interrupted wait
 *       restores the interrupt flag and throws {@link Cancelled}.</li>
 *   <li>It declares nothing about simulation ({@link #actuationOf} is empty): the route decides.</li>
 * </ul>
 * Thread-safe. {@link #close()} is idempotent and destroys the CAJ context: no channel, thread or
 * process is left behind.
 */
public final class EpicsCaControlPort implements ControlPort, AutoCloseable {

    private static final String SUBSTRATE = "epics_ca";
    private static final String DISABLE_REPEATER = "CA_DISABLE_REPEATER";
    private static final Object REPEATER_SWITCH = new Object();

    private final EpicsCaSettings settings;
    private final Context context;
    private final CaEvents events = new CaEvents();
    private final Map<String, CaChannel> channels = new ConcurrentHashMap<>();
    private final Set<CaMonitorSource> liveSources = ConcurrentHashMap.newKeySet();
    private final Object lifecycle = new Object();
    /**
     * Held while a monitor is cleared and while the context is destroyed. CAJ clears a monitor
     * holding the monitor then the channel, and destroys a context holding the channel then its
     * monitors: the two at once deadlock (seen when a disconnect ended a subscription while the
     * port was closing), so they never run at once, and nothing is cleared once closing began.
     */
    private final Object teardown = new Object();
    private volatile boolean closed;

    /** Starts a CAJ context with {@code settings}; one that cannot start is an {@link IllegalStateException}. */
    public EpicsCaControlPort(EpicsCaSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.context = start(settings);
    }

    @Override
    public Measurement read(String address) throws ControlException {
        return connected(address).read(settings.readTimeout());
    }

    @Override
    public void write(String address, Json value, boolean wait, Duration timeout) throws ControlException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(timeout, "timeout");
        checkName(address);
        if (value instanceof Json.Obj || value instanceof Json.Null) {
            throw new ControlValueCoercionError(address, value.typeName(), "a Channel Access value");
        }
        connected(address).write(value, wait, timeout, settings.readTimeout());
    }

    @Override
    public ControlSubscription subscribe(String address) throws MalformedControlAddressError {
        checkName(address);
        return new QueuedSubscription(new CaMonitorSource(address, this));
    }

    /** Idempotent: ends live subscriptions as not connected, releases waiting calls, destroys the CAJ context. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        liveSources.forEach(CaMonitorSource::portClosed);
        channels.values().forEach(CaChannel::portClosed);
        synchronized (teardown) {
            try {
                context.destroy();
            } catch (CAException | IllegalStateException alreadyDestroyed) {
                // Nothing left to release.
            }
        }
        events.close();
    }

    /** Clears {@code monitor} on {@code channel}, unless the port is closing (destroying the context clears it). */
    void clear(CaChannel channel, Monitor monitor) {
        synchronized (teardown) {
            synchronized (lifecycle) {
                if (closed) {
                    return;
                }
            }
            channel.clear(monitor);
        }
    }

    /** The channel of {@code address}, connected within the connect timeout. */
    CaChannel connected(String address) throws ControlException {
        CaChannel channel = channel(address);
        channel.awaitConnected(settings.connectTimeout());
        return channel;
    }

    Duration labelTimeout() {
        return settings.readTimeout();
    }

    void dispatch(Runnable work) {
        events.dispatch(work);
    }

    /** Keeps {@code source} to end it at {@link #close()}; a closed port refuses it as not connected. */
    void track(CaMonitorSource source, String address) throws ControlNotConnectedError {
        synchronized (lifecycle) {
            if (closed) {
                throw new ControlNotConnectedError(address);
            }
            liveSources.add(source);
        }
    }

    void untrack(CaMonitorSource source) {
        liveSources.remove(source);
    }

    /** The kept channel of {@code address}, or a new one; only a well-formed name gets one. */
    private CaChannel channel(String address) throws ControlException {
        CaChannel known = channels.get(Objects.requireNonNull(address, "address"));
        if (known != null && !closed) {
            return known;
        }
        checkName(address);
        synchronized (lifecycle) {
            if (closed) {
                throw new ControlNotConnectedError(address);
            }
            known = channels.get(address);
            if (known == null) {
                known = open(address);
                channels.put(address, known);
            }
            return known;
        }
    }

    private CaChannel open(String address) throws ControlNotConnectedError {
        try {
            return new CaChannel(address, context, events);
        } catch (CAException | IllegalStateException | IllegalArgumentException refused) {
            throw new ControlNotConnectedError(address);
        }
    }

    private static void checkName(String address) throws MalformedControlAddressError {
        Objects.requireNonNull(address, "address");
        if (address.isEmpty()) {
            throw new MalformedControlAddressError(address, SUBSTRATE, "a PV name cannot be empty");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new MalformedControlAddressError(address, SUBSTRATE,
                        "a PV name cannot hold whitespace or control characters");
            }
        }
    }

    /**
     * A CAJ context configured from {@code settings} alone. CAJ forks its repeater during
     * {@code initialize()} unless the JVM-wide {@code CA_DISABLE_REPEATER} property is set, and has
     * no per-context switch: the property is set (or cleared) just around that call, under a lock,
     * and then restored, so {@link EpicsCaSettings#startRepeater()} governs this port alone.
     */
    private static Context start(EpicsCaSettings settings) {
        CAJContext context = new CAJContext();
        try {
            context.configure(configuration(settings));
            synchronized (REPEATER_SWITCH) {
                String before = System.getProperty(DISABLE_REPEATER);
                set(settings.startRepeater() ? null : "true");
                try {
                    context.initialize();
                } finally {
                    set(before);
                }
            }
            return context;
        } catch (CAException | ConfigurationException | RuntimeException e) {
            try {
                context.destroy();
            } catch (CAException | IllegalStateException ignored) {
                // It did not start, so there is nothing to release.
            }
            throw new IllegalStateException("cannot start the Channel Access client: " + e.getMessage(), e);
        }
    }

    private static void set(String disableRepeater) {
        if (disableRepeater == null) {
            System.clearProperty(DISABLE_REPEATER);
        } else {
            System.setProperty(DISABLE_REPEATER, disableRepeater);
        }
    }

    private static DefaultConfiguration configuration(EpicsCaSettings settings) {
        DefaultConfiguration configuration = new DefaultConfiguration("cora-epics-ca");
        configuration.setAttribute("addr_list", String.join(" ", settings.addressList()));
        configuration.setAttribute("auto_addr_list", Boolean.toString(settings.autoAddressList()));
        configuration.setAttribute("server_port", Integer.toString(settings.serverPort()));
        configuration.setAttribute("repeater_port", Integer.toString(settings.repeaterPort()));
        configuration.setAttribute("max_array_bytes", Integer.toString(settings.maxArrayBytes()));
        DefaultConfiguration dispatcher = new DefaultConfiguration("event_dispatcher");
        dispatcher.setAttribute("class", DirectEventDispatcher.class.getName());
        configuration.addChild(dispatcher);
        return configuration;
    }
}
