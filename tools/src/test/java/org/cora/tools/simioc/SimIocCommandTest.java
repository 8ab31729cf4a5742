package org.cora.tools.simioc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.adapters.hardware.epics.ca.EpicsCaControlPort;
import org.cora.adapters.hardware.epics.ca.EpicsCaSettings;
import org.cora.adapters.hardware.epics.pva.EpicsPvaControlPort;
import org.cora.adapters.hardware.epics.pva.EpicsPvaSettings;
import org.cora.domain.control.Measurement;
import org.cora.domain.control.Quality;
import org.cora.domain.json.Json;
import org.cora.tools.CoraTool;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SimIocCommandTest {

    @Test
    void servesTheDemoBeamlineOverChannelAccessAndPvAccessUntilStopped() throws Exception {
        SimIocCommand command = new SimIocCommand();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(command).setOut(new PrintWriter(out, true));
        int beaconPort = freeUdpPort();
        // A thread of its own, as main is: the command blocks its thread until stopped, and on two
        // cores the common pool has one thread, which the pvAccess library also needs.
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().name("sim-ioc").start(() -> exit.complete(line.execute(
                "--ca-port", "0", "--ca-beacon-port", String.valueOf(beaconPort), "--pva-port", "0",
                "--pva-tcp-port", "0")));
        SimulatedIoc ioc = command.awaitStarted();
        int caPort = ioc.caPort();
        int pvaPort = ioc.pvaUdpPort();

        EpicsPvaSettings pva = new EpicsPvaSettings(java.util.List.of("127.0.0.1"), false, java.util.List.of(),
                ioc.pvaUdpPort(), EpicsPvaSettings.DEFAULT_SERVER_PORT, Duration.ofSeconds(5), Duration.ofSeconds(5));
        try (EpicsPvaControlPort pvAccess = new EpicsPvaControlPort(pva)) {
            pvAccess.write("sim:m1", Json.num(15), true, Duration.ofSeconds(10));
            assertThat(pvAccess.read("sim:m1.RBV").value()).isEqualTo(Json.num(15));
            assertThat(pvAccess.read("sim:shutter").value()).isEqualTo(Json.str("Closed"));
        }

        EpicsCaSettings ca = EpicsCaSettings.loopback(ioc.caPort(), beaconPort)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (EpicsCaControlPort channelAccess = new EpicsCaControlPort(ca)) {
            assertThat(channelAccess.read("sim:m1.RBV").value()).isEqualTo(Json.num(15));
            Measurement vacuum = channelAccess.read("sim:vacuum");
            assertThat(vacuum.quality()).isEqualTo(Quality.Uncertain);
            assertThat(vacuum.qualityDetail()).isEqualTo("MINOR/HIGH");
        }
        command.stop();

        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString())
                .contains("serving", "sim:m1", "EPICS_CA_SERVER_PORT=" + caPort,
                        "EPICS_PVA_BROADCAST_PORT=" + pvaPort, "sim-ioc: stopping");
    }

    @Test
    void aMalformedModelIsAUsageErrorAndServesNothing() throws Exception {
        java.nio.file.Path model = java.nio.file.Files.createTempFile("beamline", ".yaml");
        java.nio.file.Files.writeString(model, "addresses:\n  x:\n    value: 1\n    colour: red\n");
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new SimIocCommand()).setErr(new PrintWriter(err, true))
                .execute("--beamline", model.toString(), "--ca-port", "0", "--pva-port", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot load the beamline model", "colour");
    }

    @Test
    void switchingBothProtocolsOffIsRefused() {
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new SimIocCommand()).setErr(new PrintWriter(err, true)).execute("--no-ca", "--no-pva");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("leave nothing to serve");
    }

    @Test
    void theToolWithoutACommandPrintsItsUsage() {
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new CoraTool()).setErr(new PrintWriter(err, true)).execute();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("sim-ioc");
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
