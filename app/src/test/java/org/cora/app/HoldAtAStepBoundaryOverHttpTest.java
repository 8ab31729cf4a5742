package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A hold asked for while a conductor walks lands between two steps, and only one conductor walks
 * a Procedure at a time (the failure modes users report against the Bluesky RunEngine's pause).
 */
class HoldAtAStepBoundaryOverHttpTest extends CoraServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private static final String COUNT_TWO_SECONDS_MID_WALK = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 1},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
              {"kind": "setpoint", "address": "sim:m1", "value": 2},
              {"kind": "setpoint", "address": "sim:m1", "value": 3}
            ]}""";

    @Test
    void aHoldDuringASlowStepLetsItFinishThenHoldsBeforeTheNextAndAResumeRunsNoStepTwice() throws Exception {
        String id = register("paused during a count");
        CompletableFuture<HttpSession.Reply> conduct = http.postAsync("/procedures/" + id + "/conduct",
                COUNT_TWO_SECONDS_MID_WALK);
        awaitRow(id, 1, "in_flight");

        HttpSession.Reply hold = http.post("/procedures/" + id + "/hold", "{\"reason\": \"operator pause\"}");
        Json.Obj pending = http.get("/procedures/" + id).json();

        assertThat(hold.status()).as(hold.toString()).isEqualTo(202);
        assertThat(hold.json().get("procedure_id")).contains(Json.str(id));
        assertThat(pending.get("status")).contains(Json.str("Running"));
        assertThat(pending.get("pending_hold_reason")).contains(Json.str("operator pause"));

        HttpSession.Reply reply = conduct.get(30, TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("held")).contains(Json.bool(true));
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(2));
        assertThat(result.get("failure")).contains(Json.NULL);

        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(steps(rows)).containsExactly("0 in_flight", "0 ok", "1 in_flight", "1 ok");
        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened",
                "ProcedureHoldRequested", "ProcedureHeld");
        Json requested = events.get(4);
        Json held = events.get(5);
        assertThat(text(field(requested, "payload"), "reason")).isEqualTo("operator pause");
        assertThat(text(field(held, "payload"), "reason")).isEqualTo("operator pause");
        assertThat(text(requested, "principal")).isEqualTo("operator:ada");
        assertThat(recordedAt(rows.get(3))).as("the count finished after the hold was asked for")
                .isAfter(recordedAt(requested));
        Json.Obj procedure = http.get("/procedures/" + id).json();
        assertThat(procedure.get("status")).contains(Json.str("Held"));
        assertThat(procedure.get("pending_hold_reason")).contains(Json.NULL);

        HttpSession.Reply point = http.get("/procedures/" + id + "/resume-point");
        assertThat(point.json()).isEqualTo(JsonParser.parse("""
                {"procedure_id": "%s", "re_establishment_boundary": 2, "reason": "next",
                 "step": {"kind": "setpoint", "address": "sim:m1", "value": 2, "verify": false},
                 "step_count": 4, "halts_at_acquisition": false}""".formatted(id)));

        HttpSession.Reply resumed = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        Json.Obj after = resumed.json();
        assertThat(after.get("succeeded")).contains(Json.bool(true));
        assertThat(after.get("completed_count")).contains(Json.num(2));
        assertThat(after.get("re_establishment_boundary")).contains(Json.num(2));
        assertThat(after.get("acquisition_halt")).contains(Json.bool(false));
        assertThat(after.get("held")).contains(Json.bool(false));
        assertThat(steps(items("/procedures/" + id + "/activities"))).containsExactly(
                "0 in_flight", "0 ok", "1 in_flight", "1 ok", "2 in_flight", "2 ok", "3 in_flight", "3 ok");
        List<Json> finalEvents = items("/procedures/" + id + "/events");
        assertThat(finalEvents).extracting(e -> text(e, "event_type")).endsWith("ProcedureHeld", "ProcedureResumed",
                "ProcedureCompleted");
        assertThat(field(field(finalEvents.get(6), "payload"), "re_establishment_boundary")).isEqualTo(Json.num(2));
        assertThat(status(id)).isEqualTo("Completed");
    }

    @Test
    void aHoldAskedForDuringTheLastStepStillHoldsWhenThatStepEnds() throws Exception {
        String id = register("paused during the last step");
        CompletableFuture<HttpSession.Reply> conduct = http.postAsync("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 4},
                  {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 1.5}}
                ]}""");
        awaitRow(id, 1, "in_flight");

        HttpSession.Reply hold = http.post("/procedures/" + id + "/hold", "{\"reason\": \"operator pause\"}");
        HttpSession.Reply reply = conduct.get(30, TimeUnit.SECONDS);

        assertThat(hold.status()).as(hold.toString()).isEqualTo(202);
        assertThat(reply.json().get("held")).as("%s; events %s", reply, eventTypes(id)).contains(Json.bool(true));
        assertThat(steps(items("/procedures/" + id + "/activities")))
                .containsExactly("0 in_flight", "0 ok", "1 in_flight", "1 ok");
        assertThat(eventTypes(id)).as("the hold answered 202 'the conductor holds when the step in progress has"
                + " finished'").endsWith("ProcedureHoldRequested", "ProcedureHeld").doesNotContain("ProcedureCompleted");
        assertThat(status(id)).isEqualTo("Held");
    }

    @Test
    void aSecondConductOfAProcedureBeingWalkedIsRefusedAndTouchesNothing() throws Exception {
        String id = register("walked by one conductor");
        CompletableFuture<HttpSession.Reply> first = http.postAsync("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m2", "value": 1},
                  {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
                  {"kind": "setpoint", "address": "sim:m2", "value": 2}
                ]}""");
        awaitRow(id, 1, "in_flight");
        String other = "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m2\", \"value\": 9}]}";

        HttpSession.Reply conductAgain = http.post("/procedures/" + id + "/conduct", other);
        HttpSession.Reply conductOrHold = http.post("/procedures/" + id + "/conduct-or-hold", other);
        HttpSession.Reply conductFrom = http.post("/procedures/" + id + "/conduct-from", "{}");
        HttpSession.Reply conductFromZero = http.post("/procedures/" + id + "/conduct-from",
                "{\"re_establishment_boundary\": 0}");
        HttpSession.Reply walked = first.get(30, TimeUnit.SECONDS);

        for (HttpSession.Reply refused : List.of(conductAgain, conductOrHold, conductFrom, conductFromZero)) {
            assertRefused(refused, 409, "ProcedureConductInProgressError");
        }
        assertThat(walked.status()).as(walked.toString()).isEqualTo(200);
        assertThat(walked.json().get("succeeded")).contains(Json.bool(true));
        assertThat(walked.json().get("completed_count")).contains(Json.num(3));
        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
        assertThat(field(field(events.get(1), "payload"), "resolved_steps")).isEqualTo(JsonParser.parse("""
                [{"kind": "setpoint", "address": "sim:m2", "value": 1, "verify": false},
                 {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
                 {"kind": "setpoint", "address": "sim:m2", "value": 2, "verify": false}]"""));
        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(steps(rows)).containsExactly("0 in_flight", "0 ok", "1 in_flight", "1 ok", "2 in_flight", "2 ok");
        assertThat(rows).extracting(r -> text(r, "correlation_id")).containsOnly(text(events.get(2), "correlation_id"));
        assertThat(rows).noneMatch(r -> ((Json.Obj) field(r, "payload")).get("value").equals(Optional.of(Json.num(9))));
        assertThat(status(id)).isEqualTo("Completed");
    }

    private void awaitRow(String id, int stepIndex, String result) {
        eventually(DEADLINE, "a " + result + " row for step " + stepIndex + " of " + id, () ->
                steps(items("/procedures/" + id + "/activities")).contains(stepIndex + " " + result)
                        ? Optional.of(true) : Optional.empty());
    }

    /** Each row as "step_index result". */
    static List<String> steps(List<Json> rows) {
        return rows.stream().map(r -> field(field(r, "payload"), "step_index") + " " + text(field(r, "payload"), "result"))
                .toList();
    }

    private static Instant recordedAt(Json record) {
        return Instant.parse(text(record, "recorded_at"));
    }

    private static void assertRefused(HttpSession.Reply reply, int status, String errorClass) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).isNotBlank();
    }
}
