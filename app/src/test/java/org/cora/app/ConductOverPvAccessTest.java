package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.pva.PvaSimulatedIocServer;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service conducting against the demo beamline served over pvAccess on loopback, routed {@code epics_pva}. */
class ConductOverPvAccessTest extends CoraServerTest {

    private static final SimulatedBeamlineControlPort IOC_BEAMLINE = SimulatedBeamlineControlPort.demo(Instant::now);
    private static final PvaSimulatedIocServer IOC = PvaSimulatedIocServer.serve(IOC_BEAMLINE, 0, 0);

    @DynamicPropertySource
    static void pvAccess(DynamicPropertyRegistry registry) {
        registry.add("cora.control.routes",
                () -> "[{\"prefix\": \"sim:\", \"substrate\": \"epics_pva\", \"is_simulated\": true}]");
        registry.add("cora.epics.pva.addr-list", () -> "127.0.0.1");
        registry.add("cora.epics.pva.auto-addr-list", () -> "false");
        registry.add("cora.epics.pva.broadcast-port", IOC::udpPort);
    }

    @AfterAll
    static void stopIoc() {
        IOC.close();
        IOC_BEAMLINE.close();
    }

    @Test
    void aProcedureRunsOverPvAccessAndAnAlarmFailsItsCheck() throws Exception {
        String id = register("over PVA");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": -7.5},
                  {"kind": "check", "address": "sim:m1.RBV",
                   "criterion": {"kind": "within_tolerance", "expected": -7.5, "tolerance": 0.001}},
                  {"kind": "setpoint", "address": "sim:shutter", "value": "Open"},
                  {"kind": "action", "name": "count", "params": {"seconds": 0.1}},
                  {"kind": "check", "address": "sim:vacuum",
                   "criterion": {"kind": "within_tolerance", "expected": 2.0e-9, "tolerance": 1.0e-9}}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("held")).as(reply.toString()).contains(Json.bool(true));
        assertThat(reply.json().get("completed_count")).contains(Json.num(4));
        assertThat(text(reply.json().get("failure").orElseThrow(), "message")).contains("Uncertain");
        assertThat(reply.json().get("actuation_kind")).contains(Json.str("Simulated"));
        assertThat(IOC_BEAMLINE.read("sim:m1.RBV").value()).isEqualTo(Json.num(-7.5));
        assertThat(IOC_BEAMLINE.read("sim:shutter").value()).isEqualTo(Json.str("Open"));
    }
}
