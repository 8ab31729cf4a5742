package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocServer;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocSettings;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service conducting against the demo beamline served as a soft IOC over Channel Access on
 * loopback: every address is routed {@code epics_ca} (declared simulated), and the storage ring's
 * through a read-only route. The IOC runs in this JVM but is reached only over the protocol.
 */
class ConductOverChannelAccessTest extends CoraServerTest {

    private static final SimulatedBeamlineControlPort IOC_BEAMLINE = SimulatedBeamlineControlPort.demo(Instant::now);
    private static final int IOC_PORT = freePort();
    private static final int REPEATER_PORT = freePort();
    private static CaSimulatedIocServer ioc = startIoc();

    @DynamicPropertySource
    static void channelAccess(DynamicPropertyRegistry registry) {
        registry.add("cora.control.routes", () -> "["
                + "{\"prefix\": \"sim:ring:\", \"substrate\": \"epics_ca\", \"is_simulated\": true, \"read_only\": true},"
                + "{\"prefix\": \"sim:\", \"substrate\": \"epics_ca\", \"is_simulated\": true}]");
        registry.add("cora.epics.ca.addr-list", () -> "127.0.0.1");
        registry.add("cora.epics.ca.auto-addr-list", () -> "false");
        registry.add("cora.epics.ca.server-port", () -> IOC_PORT);
        registry.add("cora.epics.ca.repeater-port", () -> REPEATER_PORT);
        registry.add("cora.epics.ca.connect-timeout", () -> "2s");
    }

    @AfterAll
    static void stopIoc() {
        ioc.close();
        IOC_BEAMLINE.close();
    }

    @Test
    void aProcedureRunsOverChannelAccessAndIsStampedSimulated() throws Exception {
        String id = register("over CA");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 12.5},
                  {"kind": "check", "address": "sim:m1.RBV",
                   "criterion": {"kind": "within_tolerance", "expected": 12.5, "tolerance": 0.001}},
                  {"kind": "setpoint", "address": "sim:shutter", "value": "Open"},
                  {"kind": "check", "address": "sim:shutter", "criterion": {"kind": "equals", "expected": "Open"}},
                  {"kind": "action", "name": "count", "params": {"seconds": 0.1}}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("succeeded")).as(reply.toString()).contains(Json.bool(true));
        assertThat(reply.json().get("actuation_kind")).contains(Json.str("Simulated"));
        Json completed = field(items("/procedures/" + id + "/events").getLast(), "payload");
        assertThat(field(completed, "actuation_kind")).isEqualTo(Json.str("Simulated"));
        assertThat(IOC_BEAMLINE.read("sim:m1.RBV").value()).isEqualTo(Json.num(12.5));
        Json counted = field(items("/procedures/" + id + "/activities").getLast(), "payload");
        assertThat(field(field(counted, "result_data"), "counts")).isInstanceOf(Json.Num.class);
    }

    @Test
    void aCheckOnAnAddressInAlarmFailsOnQualityAndConductOrHoldHoldsIt() {
        String id = register("vacuum in alarm");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m2", "value": 1},
                  {"kind": "check", "address": "sim:vacuum",
                   "criterion": {"kind": "within_tolerance", "expected": 2.0e-9, "tolerance": 1.0e-9}}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("held")).contains(Json.bool(true));
        Json failure = reply.json().get("failure").orElseThrow();
        assertThat(text(failure, "error_class")).isEqualTo("CheckFailedError");
        assertThat(text(failure, "message")).contains("Uncertain");
        assertThat(status(id)).isEqualTo("Held");
        Json held = field(items("/procedures/" + id + "/events").getLast(), "payload");
        assertThat(field(held, "actuation_kind")).isEqualTo(Json.str("Simulated"));
    }

    @Test
    void theIocStoppedMidConductIsARecordedDisconnectAndConductFromFinishesOnceItIsBack() throws Exception {
        String id = register("IOC restart");
        IOC_BEAMLINE.write("sim:m2", Json.num(-40), true, Duration.ofSeconds(10));
        CompletableFuture<HttpSession.Reply> conduct = CompletableFuture.supplyAsync(() ->
                new HttpSession(port).post("/procedures/" + id + "/conduct-or-hold", """
                        {"steps": [
                          {"kind": "setpoint", "address": "sim:m1", "value": 5},
                          {"kind": "setpoint", "address": "sim:m2", "value": 40},
                          {"kind": "check", "address": "sim:m2.RBV",
                           "criterion": {"kind": "within_tolerance", "expected": 40, "tolerance": 0.001}},
                          {"kind": "setpoint", "address": "sim:shutter", "value": "Closed"}
                        ]}"""));
        eventually(Duration.ofSeconds(10), "the long move of sim:m2 to start", () ->
                lastRow(id).filter(row -> text(row, "result").equals("in_flight")
                        && field(row, "step_index").equals(Json.num(1))));

        ioc.close();
        HttpSession.Reply held = conduct.get();

        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().get("held")).as(held.toString()).contains(Json.bool(true));
        Json failure = held.json().get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(1));
        assertThat(text(failure, "error_class")).isEqualTo("ControlNotConnectedError");
        assertThat(text(lastRow(id).orElseThrow(), "error_class")).isEqualTo("ControlNotConnectedError");

        ioc = startIoc();
        HttpSession.Reply resumed = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().get("succeeded")).as(resumed.toString()).contains(Json.bool(true));
        assertThat(resumed.json().get("re_establishment_boundary")).contains(Json.num(1));
        assertThat(resumed.json().get("actuation_kind")).contains(Json.str("Simulated"));
        assertThat(status(id)).isEqualTo("Completed");
        assertThat(IOC_BEAMLINE.read("sim:m2.RBV").value()).isEqualTo(Json.num(40));
    }

    @Test
    void aWriteThroughTheReadOnlyRouteIsRefusedAndJournaled() {
        String id = register("ring is read-only");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "check", "address": "sim:ring:current",
                   "criterion": {"kind": "within_tolerance", "expected": 200, "tolerance": 1}},
                  {"kind": "setpoint", "address": "sim:ring:current", "value": 180}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json failure = reply.json().get("failure").orElseThrow();
        assertThat(text(failure, "error_class")).isEqualTo("ControlWritesDisabledError");
        assertThat(text(lastRow(id).orElseThrow(), "error_class")).isEqualTo("ControlWritesDisabledError");
        assertThat(status(id)).isEqualTo("Aborted");
    }

    private Optional<Json> lastRow(String id) {
        List<Json> rows = items("/procedures/" + id + "/activities");
        return rows.isEmpty() ? Optional.empty() : Optional.of(field(rows.getLast(), "payload"));
    }

    private static CaSimulatedIocServer startIoc() {
        return new CaSimulatedIocServer(IOC_BEAMLINE, new CaSimulatedIocSettings(IOC_PORT, List.of("127.0.0.1"),
                REPEATER_PORT, true));
    }

    /** A port free for both TCP and UDP on loopback a moment ago. */
    private static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (IOException taken) {
                // the UDP side of that port is in use: try another
            }
        }
        throw new UncheckedIOException(new IOException("no port free for both TCP and UDP"));
    }
}
