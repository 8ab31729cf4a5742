package org.cora.tools.simioc;

import java.util.List;
import java.util.Objects;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocServer;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocSettings;
import org.cora.adapters.hardware.epics.pva.PvaSimulatedIocServer;

/**
 * A simulated beamline served as a soft IOC: over Channel Access, pvAccess or both, on this host
 * only. Closing stops the servers, then the simulator.
 */
final class SimulatedIoc implements AutoCloseable {

    /** Where to serve; a port of 0 takes a free one. A null port switches that protocol off. */
    record Ports(Integer caServerPort, int caBeaconPort, Integer pvaUdpPort, int pvaTcpPort) {
    }

    private final SimulatedBeamlineControlPort beamline;
    private final CaSimulatedIocServer channelAccess;
    private final PvaSimulatedIocServer pvAccess;

    private SimulatedIoc(SimulatedBeamlineControlPort beamline, CaSimulatedIocServer channelAccess,
                         PvaSimulatedIocServer pvAccess) {
        this.beamline = beamline;
        this.channelAccess = channelAccess;
        this.pvAccess = pvAccess;
    }

    /** Serves {@code beamline}, which the IOC then owns. */
    static SimulatedIoc serve(SimulatedBeamlineControlPort beamline, Ports ports) {
        Objects.requireNonNull(beamline, "beamline");
        CaSimulatedIocServer ca = null;
        try {
            if (ports.caServerPort() != null) {
                ca = new CaSimulatedIocServer(beamline, new CaSimulatedIocSettings(ports.caServerPort(),
                        List.of("127.0.0.1"), ports.caBeaconPort(), true));
            }
            PvaSimulatedIocServer pva = ports.pvaUdpPort() == null ? null
                    : PvaSimulatedIocServer.serve(beamline, ports.pvaUdpPort(), ports.pvaTcpPort());
            return new SimulatedIoc(beamline, ca, pva);
        } catch (RuntimeException e) {
            if (ca != null) {
                ca.close();
            }
            beamline.close();
            throw e;
        }
    }

    SimulatedBeamlineControlPort beamline() {
        return beamline;
    }

    /** The Channel Access search (and TCP) port, or -1 when CA is off. */
    int caPort() {
        return channelAccess == null ? -1 : channelAccess.port();
    }

    /** The pvAccess search (UDP) port, or -1 when pvAccess is off. */
    int pvaUdpPort() {
        return pvAccess == null ? -1 : pvAccess.udpPort();
    }

    int pvaTcpPort() {
        return pvAccess == null ? -1 : pvAccess.tcpPort();
    }

    @Override
    public void close() {
        try {
            if (channelAccess != null) {
                channelAccess.close();
            }
        } finally {
            try {
                if (pvAccess != null) {
                    pvAccess.close();
                }
            } finally {
                beamline.close();
            }
        }
    }
}
