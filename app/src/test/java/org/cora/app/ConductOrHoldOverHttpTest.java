package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class ConductOrHoldOverHttpTest extends CoraServerTest {

    static final String FAILING_CHECK_THEN_COUNT = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 10},
              {"kind": "check", "address": "sim:m1.RBV", "criterion": {"kind": "equals", "expected": 99}},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
            ]}""";

    @Test
    void aFailedCheckHoldsTheProcedureKeepsTheFailureAndRecordsTheDerivedReason() {
        String id = register("held on a failed check");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold", FAILING_CHECK_THEN_COUNT);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("held")).contains(Json.bool(true));
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(1));
        assertThat(result.get("procedure_id")).contains(Json.str(id));
        Json failure = result.get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(1));
        assertThat(text(failure, "source_kind")).isEqualTo("check");
        assertThat(text(failure, "target")).isEqualTo("sim:m1.RBV");
        assertThat(text(failure, "error_class")).isEqualTo("CheckFailedError");
        assertThat(text(failure, "message")).startsWith("Check at 'sim:m1.RBV' failed: value ").contains("99");

        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(r -> field(field(r, "payload"), "step_index"))
                .containsExactly(Json.num(0), Json.num(0), Json.num(1));
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result")).containsExactly("in_flight", "ok", "failed");
        assertThat(text(field(rows.get(2), "payload"), "error_class")).isEqualTo("CheckFailedError");

        List<String> types = eventTypes(id);
        assertThat(types).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded", "ProcedureStarted",
                "ProcedureActivitiesLogbookOpened", "ProcedureHeld");
        Json held = field(items("/procedures/" + id + "/events").getLast(), "payload");
        assertThat(text(held, "reason"))
                .isEqualTo("check[1] sim:m1.RBV failed: CheckFailedError: " + text(failure, "message"));
        assertThat(field(held, "actuation_kind")).isEqualTo(Json.str("Simulated"));
        assertThat(status(id)).isEqualTo("Held");
    }

    @Test
    void theResumePointOfAProcedureHeldOnAFailedCheckIsThatCheck() {
        String id = register("resume point after a failed check");
        http.post("/procedures/" + id + "/conduct-or-hold", FAILING_CHECK_THEN_COUNT);

        HttpSession.Reply reply = http.get("/procedures/" + id + "/resume-point");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(JsonParser.parse("""
                {"procedure_id": "%s", "re_establishment_boundary": 1, "reason": "failed",
                 "step": {"kind": "check", "address": "sim:m1.RBV", "criterion": {"kind": "equals", "expected": 99}},
                 "step_count": 3, "halts_at_acquisition": true}""".formatted(id)));
        assertThat(eventTypes(id)).endsWith("ProcedureHeld").hasSize(5);
    }

    @Test
    void aFailedActionIsNotRecoverableSoConductOrHoldAbortsInstead() {
        String id = register("unknown action");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 5},
                  {"kind": "action", "name": "teleport", "params": {}},
                  {"kind": "setpoint", "address": "sim:m1", "value": 6}
                ]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("held")).contains(Json.bool(false));
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(1));
        Json failure = result.get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(1));
        assertThat(text(failure, "source_kind")).isEqualTo("action");
        assertThat(text(failure, "error_class")).isEqualTo("UnknownActionError");

        assertThat(items("/procedures/" + id + "/activities")).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("in_flight", "ok", "in_flight", "failed");
        List<String> types = eventTypes(id);
        assertThat(types).endsWith("ProcedureAborted").doesNotContain("ProcedureHeld", "ProcedureCompleted");
        assertThat(text(field(items("/procedures/" + id + "/events").getLast(), "payload"), "reason"))
                .startsWith("action[1] teleport failed: UnknownActionError: ");
        assertThat(status(id)).isEqualTo("Aborted");
    }
}
