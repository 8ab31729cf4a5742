package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The routing table as a deployment writes it: the storage ring's addresses are read-only, and
 * the sample stage is declared physical although the simulator answers for it, so provenance
 * follows the declaration.
 */
@TestPropertySource(properties = "cora.control.routes=["
        + "{\"prefix\": \"sim:ring:\", \"substrate\": \"simulated\", \"is_simulated\": true, \"read_only\": true},"
        + "{\"prefix\": \"sim:m2\", \"substrate\": \"simulated\", \"is_simulated\": false},"
        + "{\"prefix\": \"sim:\", \"substrate\": \"simulated\", \"is_simulated\": true}]")
class ControlRoutesOverHttpTest extends CoraServerTest {

    @Test
    void aWriteThroughAReadOnlyRouteIsRefusedAndJournaledWhileReadsWork() {
        String id = register("write to the ring");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "check", "address": "sim:ring:current", "criterion": {"kind": "within_tolerance", "expected": 200, "tolerance": 5}},
                  {"kind": "setpoint", "address": "sim:ring:current", "value": 250}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json failure = reply.json().get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(1));
        assertThat(text(failure, "error_class")).isEqualTo("ControlWritesDisabledError");
        assertThat(text(failure, "message")).contains("read-only route 'sim:ring:'");
        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("ok", "in_flight", "failed");
        assertThat(text(field(rows.getLast(), "payload"), "error_class")).isEqualTo("ControlWritesDisabledError");
        assertThat(status(id)).isEqualTo("Aborted");
    }

    @Test
    void aConductOverASimulatedAndAPhysicalRouteIsStampedHybrid() {
        String id = register("hybrid");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 3},
                  {"kind": "setpoint", "address": "sim:m2", "value": 4}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("actuation_kind")).contains(Json.str("Hybrid"));
        Json completed = field(items("/procedures/" + id + "/events").getLast(), "payload");
        assertThat(field(completed, "actuation_kind")).isEqualTo(Json.str("Hybrid"));
    }

    @Test
    void aConductOnlyOverThePhysicallyDeclaredRouteIsStampedPhysical() {
        String id = register("physical");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct",
                "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m2\", \"value\": 1}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("actuation_kind")).contains(Json.str("Physical"));
    }
}
