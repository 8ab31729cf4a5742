package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A deployment switched to read-only: checks run, every write is refused before it reaches the beamline. */
@TestPropertySource(properties = "cora.control.writes-enabled=false")
class ReadOnlyDeploymentOverHttpTest extends CoraServerTest {

    @Test
    void checksRunAndTheFirstWriteIsRefusedForTheWholeDeployment() {
        String id = register("read-only deployment");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold", """
                {"steps": [
                  {"kind": "check", "address": "sim:shutter", "criterion": {"kind": "equals", "expected": "Closed"}},
                  {"kind": "setpoint", "address": "sim:shutter", "value": "Open"}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("held")).contains(Json.bool(true));
        Json failure = reply.json().get("failure").orElseThrow();
        assertThat(text(failure, "error_class")).isEqualTo("ControlWritesDisabledError");
        assertThat(text(failure, "message")).contains("disabled for this deployment");
        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result")).containsExactly("ok", "in_flight", "failed");
        assertThat(status(id)).isEqualTo("Held");
        HttpSession.Reply resumePoint = http.get("/procedures/" + id + "/resume-point");
        assertThat(resumePoint.text("reason")).isEqualTo("failed");
        assertThat(resumePoint.json().get("re_establishment_boundary")).contains(Json.num(1));
    }
}
