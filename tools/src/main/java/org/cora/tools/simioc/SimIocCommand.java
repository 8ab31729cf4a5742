package org.cora.tools.simioc;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cora.adapters.hardware.ChannelDescription;
import org.cora.adapters.hardware.MalformedBeamlineModelException;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cora sim-ioc}: the simulated beamline as a soft IOC that any EPICS client, and Cora's
 * own {@code epics_ca} and {@code epics_pva} routes, can talk to. It answers clients on this host
 * only and runs until interrupted (Ctrl-C).
 */
@Command(name = "sim-ioc", mixinStandardHelpOptions = true,
        description = {"Serve the simulated beamline over EPICS Channel Access and pvAccess, on this host only.",
                "Runs until Ctrl-C. Clients find it with EPICS_CA_ADDR_LIST=127.0.0.1 EPICS_CA_AUTO_ADDR_LIST=NO",
                "(and the same EPICS_PVA_* settings) when the default ports are used."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped by Ctrl-C", "1:the servers could not start (port taken, ...)",
                "2:bad options or an unreadable or malformed model file"})
public final class SimIocCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--beamline", paramLabel = "FILE",
            description = "the beamline model (YAML); default: the built-in demo beamline")
    Path beamline;

    @Option(names = "--ca-port", paramLabel = "PORT", defaultValue = "5064",
            description = "Channel Access search and TCP port (default ${DEFAULT-VALUE}; 0 takes a free one)")
    int caPort;

    @Option(names = "--ca-beacon-port", paramLabel = "PORT", defaultValue = "5065",
            description = "where beacons go on 127.0.0.1, the CA repeater port (default ${DEFAULT-VALUE})")
    int caBeaconPort;

    @Option(names = "--pva-port", paramLabel = "PORT", defaultValue = "5076",
            description = "pvAccess search (UDP broadcast) port (default ${DEFAULT-VALUE}; 0 takes a free one)")
    int pvaPort;

    @Option(names = "--pva-tcp-port", paramLabel = "PORT", defaultValue = "5075",
            description = "pvAccess TCP port (default ${DEFAULT-VALUE}; taken or 0: a free one)")
    int pvaTcpPort;

    @Option(names = "--no-ca", description = "do not serve Channel Access")
    boolean noCa;

    @Option(names = "--no-pva", description = "do not serve pvAccess")
    boolean noPva;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile SimulatedIoc running;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (noCa && noPva) {
            err.println("sim-ioc: --no-ca and --no-pva leave nothing to serve");
            return 2;
        }
        SimulatedBeamlineControlPort model;
        try {
            model = beamline == null ? SimulatedBeamlineControlPort.demo(Instant::now)
                    : SimulatedBeamlineControlPort.fromYaml(beamline, Instant::now);
        } catch (IOException | MalformedBeamlineModelException e) {
            err.println("sim-ioc: cannot load the beamline model " + beamline + ": " + e.getMessage());
            return 2;
        }
        SimulatedIoc ioc;
        try {
            ioc = SimulatedIoc.serve(model, new SimulatedIoc.Ports(noCa ? null : caPort, caBeaconPort,
                    noPva ? null : pvaPort, pvaTcpPort));
        } catch (RuntimeException e) {
            err.println("sim-ioc: cannot start: " + e.getMessage());
            return 1;
        }
        Thread onCtrlC = Thread.ofPlatform().unstarted(stop::countDown);
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try (ioc) {
            running = ioc;
            describe(ioc, out);
            started.countDown();
            stop.await();
            out.println("sim-ioc: stopping");
            out.flush();
        } finally {
            running = null;
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                // the hook is what woke us: nothing to remove
            }
        }
        return 0;
    }

    /** Stops a running {@link #call()}, as Ctrl-C does. */
    void stop() {
        stop.countDown();
    }

    /** The IOC once {@link #call()} has started it: for tests that run the command in a thread. */
    SimulatedIoc awaitStarted() throws InterruptedException {
        started.await();
        return running;
    }

    private static void describe(SimulatedIoc ioc, PrintWriter out) {
        out.printf("sim-ioc: serving %d PVs%s%s on this host%n", ioc.beamline().describe().size(),
                ioc.caPort() < 0 ? "" : " over Channel Access (port " + ioc.caPort() + ")",
                ioc.pvaUdpPort() < 0 ? "" : (ioc.caPort() < 0 ? "" : " and") + " over pvAccess (search port "
                        + ioc.pvaUdpPort() + ", TCP " + ioc.pvaTcpPort() + ")");
        for (ChannelDescription channel : ioc.beamline().describe()) {
            out.printf("  %-24s %-12s %s%s%n", channel.address(), channel.type(),
                    channel.writable() ? "rw" : "ro", channel.labels().isEmpty() ? "" : " " + channel.labels());
        }
        if (ioc.caPort() >= 0) {
            out.printf("Channel Access clients: EPICS_CA_ADDR_LIST=127.0.0.1 EPICS_CA_AUTO_ADDR_LIST=NO "
                    + "EPICS_CA_SERVER_PORT=%d%n", ioc.caPort());
        }
        if (ioc.pvaUdpPort() >= 0) {
            out.printf("pvAccess clients: EPICS_PVA_ADDR_LIST=127.0.0.1 EPICS_PVA_AUTO_ADDR_LIST=NO "
                    + "EPICS_PVA_BROADCAST_PORT=%d%n", ioc.pvaUdpPort());
        }
        out.println("Ctrl-C stops it.");
        out.flush();
    }
}
