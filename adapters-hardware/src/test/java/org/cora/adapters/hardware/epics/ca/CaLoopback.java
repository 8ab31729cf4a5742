package org.cora.adapters.hardware.epics.ca;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.domain.shared.Clock;

/**
 * A simulated beamline served over Channel Access on loopback, and an {@link EpicsCaControlPort}
 * talking to it: every address list is 127.0.0.1, the automatic lists are off, no repeater is
 * forked, and the ports are ephemeral, so nothing leaves the host and runs do not collide.
 */
public record CaLoopback(SimulatedBeamlineControlPort beamline, CaSimulatedIocServer server, EpicsCaControlPort port,
                         int repeaterPort) implements AutoCloseable {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(3);
    private static final String CONTRACT_MODEL = "/org/cora/adapters/hardware/contract/contract-beamline.yaml";

    /** Serves {@code beamline} and connects a port to it; closing closes all three. */
    public static CaLoopback serve(SimulatedBeamlineControlPort beamline) {
        int repeaterPort = freeUdpPort();
        CaSimulatedIocServer server = new CaSimulatedIocServer(beamline, CaSimulatedIocSettings.loopback(repeaterPort));
        EpicsCaControlPort port = new EpicsCaControlPort(clientSettings(server.port(), repeaterPort));
        return new CaLoopback(beamline, server, port, repeaterPort);
    }

    /** The contract model ({@code contract-beamline.yaml}) on {@code clock}. */
    public static SimulatedBeamlineControlPort contractModel(Clock clock) {
        try (InputStream yaml = CaLoopback.class.getResourceAsStream(CONTRACT_MODEL)) {
            return SimulatedBeamlineControlPort.fromYaml(yaml, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SimulatedBeamlineControlPort contractModel() {
        return contractModel(Instant::now);
    }

    public static EpicsCaSettings clientSettings(int serverPort, int repeaterPort) {
        return EpicsCaSettings.loopback(serverPort, repeaterPort).withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /** A UDP port free on loopback a moment ago; used where nothing need listen (repeater, beacons). */
    public static int freeUdpPort() {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        port.close();
        server.close();
        beamline.close();
    }
}
