package org.cora.adapters.hardware.epics.ca;

import com.cosylab.epics.caj.cas.CAJServerContext;
import gov.aps.jca.CAException;
import gov.aps.jca.CAStatus;
import gov.aps.jca.CAStatusException;
import gov.aps.jca.cas.ProcessVariable;
import gov.aps.jca.cas.ProcessVariableAttachCallback;
import gov.aps.jca.cas.ProcessVariableEventCallback;
import gov.aps.jca.cas.ProcessVariableExistanceCallback;
import gov.aps.jca.cas.ProcessVariableExistanceCompletion;
import gov.aps.jca.cas.Server;
import gov.aps.jca.configuration.ConfigurationException;
import gov.aps.jca.configuration.DefaultConfiguration;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.shared.Cancelled;

/**
 * Serves a {@link SimulatedBeamlineControlPort} over Channel Access, as a soft IOC would: one PV
 * per {@link SimulatedBeamlineControlPort#describe() described} address that is connected, mapped
 * by {@link SimulatedProcessVariable} (types, write access, put-callbacks that complete when the
 * write lands, refusals as ECA_PUTFAIL). A reading's quality is the PV's alarm (Good no alarm,
 * Uncertain MINOR, or MAJOR when its detail says so, Bad INVALID; the status is the one the detail
 * names, {@code "MINOR/HIGH"} giving HIGH, else SOFT) and its {@code producedAt} the PV's stamp.
 * Monitors follow the simulator's own subscription to each address, so value and alarm changes
 * post events.
 *
 * <h2>Count 0</h2>
 * The CA server of {@code org.epics:jca} 2.4.11 announces protocol 4.13, so C clients (libca,
 * hence pyepics) ask for reads and monitors with count 0, meaning "the current number of
 * elements"; that server answers ECA_BADCOUNT, sends such monitors no event, and pyepics aborts at
 * exit. This server answers them properly: {@link DynamicCountServerContext} installs, on each
 * client connection before its first request is read, a request handler whose read answers with
 * the PV's current reading at its own length ({@link DynamicCountReadNotify}) and whose monitors
 * keep count 0 and send every event at the length of the reading it carries
 * ({@link OrderedEventAdd}). Nothing is patched or copied from the library, and there is no race:
 * see those classes.
 *
 * <h2>Network</h2>
 * The library binds the search (UDP) and circuit (TCP) sockets on every interface and has no bind
 * address. With {@link CaSimulatedIocSettings#loopbackClientsOnly()} searches from other hosts get
 * no answer and their connections are closed; beacons go only to the configured addresses (the
 * automatic broadcast list is off). Port 0 takes ephemeral ports: clients search on {@link #port()}
 * and learn the TCP port from the search reply.
 *
 * <p>Closing stops the server, which drops every client connection at once (their channels
 * disconnect), stops following the simulator and ends every thread it started. It does not close
 * the simulator.
 */
public final class CaSimulatedIocServer implements AutoCloseable {

    private static final Duration PUMP_POLL = Duration.ofMillis(500);
    private static final int ARRAY_HEADROOM_BYTES = 64;

    private final Map<String, SimulatedProcessVariable> variables;
    private final CAJServerContext context;
    private final List<Pump> pumps = new ArrayList<>();
    private final Thread beacons;
    private boolean closed;

    /** Starts serving; a server that cannot start (no socket) is an {@link IllegalStateException}. */
    public CaSimulatedIocServer(SimulatedBeamlineControlPort beamline, CaSimulatedIocSettings settings) {
        Objects.requireNonNull(beamline, "beamline");
        Objects.requireNonNull(settings, "settings");
        this.variables = Collections.unmodifiableMap(variables(beamline));
        variables.values().forEach(variable -> pumps.add(Pump.start(beamline, variable)));
        this.context = new DynamicCountServerContext(settings.loopbackClientsOnly());
        try {
            context.configure(configuration(settings, maxArrayBytes(beamline)));
            context.initialize(new SimulatedServer(variables, settings.loopbackClientsOnly()));
        } catch (CAException | ConfigurationException | RuntimeException e) {
            close();
            throw new IllegalStateException("cannot start the Channel Access server: " + e.getMessage(), e);
        }
        this.beacons = Thread.ofPlatform().daemon().name("ca-simulated-ioc beacons").start(this::runBeacons);
    }

    /** The search port clients put in {@code EPICS_CA_SERVER_PORT}. */
    public int port() {
        return context.getBroadcastTransport().getChannel().socket().getLocalPort();
    }

    /** The port of client connections, announced in every search reply. */
    public int tcpPort() {
        return context.getTcpServerPort();
    }

    /** The served PV names, sorted. */
    public Set<String> addresses() {
        return variables.keySet();
    }

    /** How many control (DBR_CTRL_*) reads clients made of {@code address}: the reads that fetch enum labels. */
    public long controlReads(String address) {
        SimulatedProcessVariable variable = variables.get(address);
        return variable == null ? 0 : variable.controlReads();
    }

    /** Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        variables.values().forEach(SimulatedProcessVariable::close);
        try {
            context.destroy();
        } catch (CAException | IllegalStateException alreadyDown) {
            // Nothing is served any more.
        }
        pumps.forEach(Pump::stop);
        join(beacons);
        pumps.forEach(pump -> join(pump.thread()));
    }

    private void runBeacons() {
        try {
            context.run(0);
        } catch (CAException | IllegalStateException stopped) {
            // Destroyed before or while running: beacons are over either way.
        }
    }

    private static Map<String, SimulatedProcessVariable> variables(SimulatedBeamlineControlPort beamline) {
        Map<String, SimulatedProcessVariable> variables = new TreeMap<>();
        for (ChannelDescription description : beamline.describe()) {
            try {
                Measurement initial = beamline.read(description.address());
                variables.put(description.address(), new SimulatedProcessVariable(description, beamline, initial));
            } catch (ControlException disconnected) {
                // A disconnected address is not served: clients find no such PV, as with an IOC that is down.
            }
        }
        return variables;
    }

    private static int maxArrayBytes(SimulatedBeamlineControlPort beamline) {
        int elements = beamline.describe().stream().mapToInt(ChannelDescription::maxElements).max().orElse(1);
        return Math.max(16384, elements * Double.BYTES + ARRAY_HEADROOM_BYTES);
    }

    private static DefaultConfiguration configuration(CaSimulatedIocSettings settings, int maxArrayBytes) {
        DefaultConfiguration configuration = new DefaultConfiguration("cora-simulated-ioc");
        configuration.setAttribute("server_port", Integer.toString(settings.serverPort()));
        configuration.setAttribute("beacon_addr_list", String.join(" ", settings.beaconAddresses()));
        configuration.setAttribute("auto_beacon_addr_list", "false");
        configuration.setAttribute("beacon_port", Integer.toString(settings.beaconPort()));
        configuration.setAttribute("max_array_bytes", Integer.toString(maxArrayBytes));
        return configuration;
    }

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Feeds one address's simulator subscription into its PV's monitors, until stopped or the simulator closes. */
    private static final class Pump {

        private final ControlSubscription subscription;
        private final Thread thread;
        private volatile boolean stopping;

        private Pump(SimulatedBeamlineControlPort beamline, SimulatedProcessVariable variable) {
            this.subscription = beamline.subscribe(variable.getName());
            this.thread = Thread.ofVirtual().name("ca-simulated-ioc " + variable.getName())
                    .unstarted(() -> follow(variable));
        }

        static Pump start(SimulatedBeamlineControlPort beamline, SimulatedProcessVariable variable) {
            Pump pump = new Pump(beamline, variable);
            pump.thread.start();
            return pump;
        }

        private void follow(SimulatedProcessVariable variable) {
            try {
                while (!stopping) {
                    subscription.next(PUMP_POLL).ifPresent(variable::publish);
                }
            } catch (ControlException simulatorClosed) {
                // The simulator went away: its PVs keep their last readings.
            } catch (Cancelled interrupted) {
                // Stopped while waiting.
            }
        }

        Thread thread() {
            return thread;
        }

        void stop() {
            stopping = true;
            subscription.close();
        }
    }

    /** Finds the served PVs; with loopback clients only, an off-host search finds nothing. */
    private record SimulatedServer(Map<String, SimulatedProcessVariable> variables, boolean loopbackClientsOnly)
            implements Server {

        @Override
        public ProcessVariableExistanceCompletion processVariableExistanceTest(String name, InetSocketAddress client,
                                                                             ProcessVariableExistanceCallback callback) {
            boolean allowed = !loopbackClientsOnly || client.getAddress().isLoopbackAddress();
            return allowed && variables.containsKey(name)
                    ? ProcessVariableExistanceCompletion.EXISTS_HERE
                    : ProcessVariableExistanceCompletion.DOES_NOT_EXIST_HERE;
        }

        @Override
        public ProcessVariable processVariableAttach(String name, ProcessVariableEventCallback events,
                                                     ProcessVariableAttachCallback callback) throws CAStatusException {
            SimulatedProcessVariable variable = variables.get(name);
            if (variable == null) {
                throw new CAStatusException(CAStatus.NOSUPPORT, "no PV " + name);
            }
            return variable;
        }
    }
}
