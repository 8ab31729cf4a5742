package org.cora.adapters.hardware.epics.pva;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.json.Json;
import org.epics.pva.common.TCPHandler;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerAuthorization;
import org.epics.pva.server.ServerPV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A soft IOC for a {@link SimulatedBeamlineControlPort}: every address the simulator describes
 * (and holds connected when the server starts) is a PV of the same name over pvAccess.
 *
 * <ul>
 *   <li>A number is an NTScalar {@code double}, a boolean an NTScalar {@code boolean}, text an
 *       NTScalar {@code string}, an enum an NTEnum (its labels as the choices), a number array an
 *       NTScalarArray {@code double[]} in its current length. Each carries {@code alarm} from the
 *       reading's quality and detail ("MINOR/HIGH" is severity MINOR with message HIGH; Uncertain
 *       without detail is MINOR, Bad INVALID) and {@code timeStamp} from its source time (details
 *       in {@code SimulatedPvData}).</li>
 *   <li>Changes reach monitors as the simulator makes them (a readback's travel, a detector's
 *       frames).</li>
 *   <li>A client's put is forwarded to the simulator, and answered only once the simulator's write
 *       has landed and every PV shows the new state (a slow move keeps the put open; the client's
 *       own timeout decides how long it waits). core-pva answers a put only after its handler
 *       returns, on the thread that reads that client's connection: while a put is open, that
 *       client's other requests wait behind it.</li>
 *   <li>An address that is not {@code writable} is published without write access, which pvAccess
 *       tells every client with the channel. A write the simulator refuses (outside the limits,
 *       not a label) fails the put. core-pva 5.0.5 sends every failed put as "Write failed", not
 *       the handler's reason; the reason is logged here.</li>
 *   <li>Searches are heard on 127.0.0.1 only and answered to loopback clients only; core-pva binds
 *       the TCP port on every interface.</li>
 * </ul>
 * Closing it drops every client connection at once (their channels disconnect; a put still open is
 * not answered, as with a real IOC going down) and stops its threads. It does not close the
 * simulator, nor stop a move already under way in it.
 */
public final class PvaSimulatedIocServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PvaSimulatedIocServer.class);
    /** A put waits as long as the move takes; only closing cuts it short, not a client that gave up. */
    private static final Duration UNTIL_IT_LANDS = ChronoUnit.FOREVER.getDuration();
    private static final Duration PUMP_PATIENCE = Duration.ofSeconds(1);

    private final SimulatedBeamlineControlPort beamline;
    private final int udpPort;
    private final PVAServer server;
    /** Written while starting, when clients may already find the first PVs and write them. */
    private final List<SimulatedPv> pvs = new CopyOnWriteArrayList<>();
    private final List<ControlSubscription> changes = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();
    private final ExecutorService writes = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("cora-pva-sim-write-", 0).factory());
    private volatile boolean closed;

    private PvaSimulatedIocServer(SimulatedBeamlineControlPort beamline, int udpPort, PVAServer server) {
        this.beamline = beamline;
        this.udpPort = udpPort;
        this.server = server;
    }

    /**
     * Serves {@code beamline}, hearing searches on 127.0.0.1:{@code udpPort} (0: a free port,
     * chosen now; see {@link #udpPort()}) and accepting clients on {@code tcpPort} (0: any free
     * port; the library also falls back to one when the port is taken).
     */
    public static PvaSimulatedIocServer serve(SimulatedBeamlineControlPort beamline, int udpPort, int tcpPort) {
        int searchPort = udpPort == 0 ? freeUdpPort() : udpPort;
        PVAServer server;
        try {
            server = PvaLibraryConfiguration.loopbackServer(searchPort, tcpPort);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the pvAccess server on UDP " + searchPort, e);
        }
        PvaSimulatedIocServer ioc = new PvaSimulatedIocServer(beamline, searchPort, server);
        ioc.start();
        return ioc;
    }

    /** The UDP port searches reach this server on, at 127.0.0.1. */
    public int udpPort() {
        return udpPort;
    }

    /** The TCP port clients connect to. */
    public int tcpPort() {
        return server.getTCPAddress(false).getPort();
    }

    /** Settings for a client on this host that should find this server, and nothing else. */
    public EpicsPvaSettings clientSettings() {
        EpicsPvaSettings defaults = EpicsPvaSettings.defaults();
        return new EpicsPvaSettings(List.of("127.0.0.1"), false, List.of(), udpPort, defaults.serverPort(),
                defaults.connectionTimeout(), defaults.readTimeout());
    }

    private void start() {
        server.configureAuthorization(new LoopbackSearchesOnly());
        for (ChannelDescription description : beamline.describe()) {
            try {
                Measurement initial = beamline.read(description.address());
                pvs.add(new SimulatedPv(description, beamline, publish(description, initial), initial));
            } catch (ControlException disconnected) {
                LOG.debug("not serving {}: {}", description.address(), disconnected.getMessage());
            }
        }
        for (SimulatedPv pv : pvs) {
            ControlSubscription subscription = beamline.subscribe(pv.address());
            changes.add(subscription);
            pumps.add(Thread.ofVirtual().name("cora-pva-sim " + pv.address()).start(() -> pump(pv, subscription)));
        }
    }

    private ServerPV publish(ChannelDescription description, Measurement initial) {
        PVAStructure data = SimulatedPvData.structure(description, initial);
        if (!description.writable()) {
            return server.createPV(description.address(), data);
        }
        return server.createPV(description.address(), data,
                (client, pv, changed, written) -> write(client, description, written));
    }

    /** Republishes the address whenever the simulator reports a change, until closed. */
    private void pump(SimulatedPv pv, ControlSubscription subscription) {
        try {
            while (!closed) {
                if (subscription.next(PUMP_PATIENCE).isPresent()) {
                    pv.refresh();
                }
            }
        } catch (ControlException simulatorClosed) {
            LOG.debug("stopped publishing {}: {}", pv.address(), simulatorClosed.getMessage());
        }
    }

    /** A client's put: lands the value in the simulator, then shows the new state on every PV. */
    private void write(TCPHandler client, ChannelDescription description, PVAStructure written) throws Exception {
        String address = description.address();
        Json value = SimulatedPvData.written(description, written);
        try {
            awaitLanding(writes.submit(() -> {
                beamline.write(address, value, true, UNTIL_IT_LANDS);
                return null;
            }));
        } catch (RejectedExecutionException | ExecutionException failed) {
            throw refusal(client, address, value, failed);
        }
        refreshAll();
    }

    /**
     * Why the put fails. A put cut short by closing is not answered: its connection is dropped
     * first, so the client sees what it would see of a real IOC going down mid-put.
     */
    private Exception refusal(TCPHandler client, String address, Json value, Exception failed) {
        if (closed) {
            client.close(false);
            return new Exception("the simulated IOC closed while " + address + " was being written", failed);
        }
        Throwable cause = failed.getCause() == null ? failed : failed.getCause();
        LOG.info("refused the write of {} to {}: {}", value, address, cause.getMessage());
        return new Exception(cause.getMessage(), cause);
    }

    private static void awaitLanding(Future<?> landing) throws ExecutionException {
        try {
            landing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            landing.cancel(true);
            throw new ExecutionException("interrupted while the write landed", e);
        }
    }

    /** A landed write may move more than its own address (readbacks, detectors). */
    private void refreshAll() throws ControlException {
        for (SimulatedPv pv : pvs) {
            pv.refresh();
        }
    }

    /** Idempotent. Does not close the simulator. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        writes.shutdownNow();
        changes.forEach(ControlSubscription::close);
        server.close();
        pumps.forEach(PvaSimulatedIocServer::join);
        join(writes);
    }

    private static void join(Thread pump) {
        try {
            pump.join(PUMP_PATIENCE.multipliedBy(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(ExecutorService executor) {
        try {
            executor.awaitTermination(PUMP_PATIENCE.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freeUdpPort() {
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free UDP port on loopback", e);
        }
    }

    /** Only clients on this host find the PVs; once connected, every client may write the writable ones. */
    private static final class LoopbackSearchesOnly extends ServerAuthorization {
        @Override
        public boolean allowSearch(String name, InetAddress client) {
            return client.isLoopbackAddress();
        }
    }
}
