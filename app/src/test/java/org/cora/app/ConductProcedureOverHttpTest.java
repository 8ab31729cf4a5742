package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;

class ConductProcedureOverHttpTest extends CoraServerTest {

    private static final String THREE_STEPS = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 45.0},
              {"kind": "check", "address": "sim:m1.RBV",
               "criterion": {"kind": "within_tolerance", "expected": 45.0, "tolerance": 0.01}},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
            ]}""";

    @Test
    void aConductJournalsEachStepWithItsIndexAndMarkersAndPinsTheListBeforeTheStart() {
        String id = register("align rotation");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", THREE_STEPS);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("succeeded")).contains(Json.bool(true));
        assertThat(result.get("completed_count")).contains(Json.num(3));
        assertThat(result.get("failure")).contains(Json.NULL);
        assertThat(result.get("actuation_kind")).contains(Json.str("Simulated"));

        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(r -> field(field(r, "payload"), "step_index"))
                .containsExactly(Json.num(0), Json.num(0), Json.num(1), Json.num(2), Json.num(2));
        assertThat(rows).extracting(r -> text(r, "step_kind"))
                .containsExactly("setpoint", "setpoint", "check", "action", "action");
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("in_flight", "ok", "ok", "in_flight", "ok");
        assertThat(rows).allSatisfy(r -> {
            assertThat(text(r, "actor_id")).isEqualTo("operator:ada");
            assertThat(text(r, "sampled_at")).isNotBlank();
            assertThat(text(r, "recorded_at")).isNotBlank();
            assertThat(text(r, "occurred_at")).isNotBlank();
            assertThat(text(r, "event_id")).isNotBlank();
        });
        assertThat(field(field(rows.get(4), "payload"), "result_data")).satisfies(data ->
                assertThat(field(data, "counts")).isInstanceOf(Json.Num.class));

        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
        assertThat(events).extracting(e -> field(e, "version"))
                .containsExactly(Json.num(1), Json.num(2), Json.num(3), Json.num(4), Json.num(5));
        Json pin = field(events.get(1), "payload");
        assertThat(field(pin, "step_count")).isEqualTo(Json.num(3));
        assertThat(field(pin, "resolved_steps")).isEqualTo(JsonParser.parse("""
                [{"kind":"setpoint","address":"sim:m1","value":45.0,"verify":false},
                 {"kind":"check","address":"sim:m1.RBV","criterion":{"kind":"within_tolerance","expected":45.0,"tolerance":0.01}},
                 {"kind":"action","name":"count","params":{"detector":"sim:det","seconds":0.05}}]"""));
        assertThat(events).allSatisfy(e -> assertThat(text(e, "principal")).isEqualTo("operator:ada"));
        assertThat(field(field(events.get(4), "payload"), "actuation_kind")).isEqualTo(Json.str("Simulated"));

        Json.Obj procedure = http.get("/procedures/" + id).json();
        assertThat(procedure.get("status")).contains(Json.str("Completed"));
        assertThat(procedure.get("actuation_kind")).contains(Json.str("Simulated"));
        assertThat(procedure.get("activity_logbook_id").orElseThrow()).isInstanceOf(Json.Str.class);
    }

    @Test
    void aFailingStepAtIndexKIsReportedInTheBodyJournalledUpToKAndAborts() {
        String id = register("failing middle");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m2", "value": 1.5},
                  {"kind": "setpoint", "address": "sim:offline", "value": 3},
                  {"kind": "setpoint", "address": "sim:m2", "value": 2.5}
                ]}""");

        assertThat(reply.status()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(1));
        assertThat(result.get("failure").orElseThrow()).isEqualTo(JsonParser.parse("""
                {"step_index":1,"source_kind":"setpoint","target":"sim:offline",
                 "error_class":"ControlNotConnectedError","message":"Control address 'sim:offline' not connected"}"""));

        List<Json> rows = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(r -> field(field(r, "payload"), "step_index"))
                .containsExactly(Json.num(0), Json.num(0), Json.num(1), Json.num(1));
        assertThat(rows).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("in_flight", "ok", "in_flight", "failed");
        assertThat(text(field(rows.get(3), "payload"), "error_class")).isEqualTo("ControlNotConnectedError");

        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).endsWith("ProcedureAborted");
        assertThat(text(field(events.getLast(), "payload"), "reason"))
                .isEqualTo("setpoint[1] sim:offline failed: ControlNotConnectedError: Control address 'sim:offline' not connected");
        assertThat(http.get("/procedures/" + id).json().get("status")).contains(Json.str("Aborted"));
    }

    @Test
    void conductingACompletedOrRunningProcedureIsALifecycleFailureWithoutASecondPin() {
        String completed = register("done already");
        http.post("/procedures/" + completed + "/conduct", "{\"steps\": []}");
        String running = register("running already");
        assertThat(http.post("/procedures/" + running + "/start", null).status()).isEqualTo(204);

        for (String id : List.of(completed, running)) {
            int eventsBefore = items("/procedures/" + id + "/events").size();
            HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct",
                    "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m1\", \"value\": 1}]}");

            assertThat(reply.status()).isEqualTo(200);
            Json failure = reply.json().get("failure").orElseThrow();
            assertThat(text(failure, "source_kind")).isEqualTo("lifecycle");
            assertThat(text(failure, "target")).isEqualTo("start");
            assertThat(text(failure, "error_class")).isEqualTo("ProcedureCannotStartError");
            assertThat(field(failure, "step_index")).isEqualTo(Json.NULL);
            assertThat(items("/procedures/" + id + "/events")).hasSize(eventsBefore);
            assertThat(items("/procedures/" + id + "/activities")).isEmpty();
        }
    }

    @Test
    void ofTwoConcurrentConductsOfOneProcedureExactlyOneRuns() throws Exception {
        String id = register("raced");
        String body = """
                {"steps": [{"kind": "setpoint", "address": "sim:energy", "value": 12.0},
                           {"kind": "setpoint", "address": "sim:energy", "value": 12.5}]}""";
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpSession.Reply>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                return http.post("/procedures/" + id + "/conduct", body);
            }));
        }
        go.countDown();
        List<HttpSession.Reply> replies = new ArrayList<>();
        for (CompletableFuture<HttpSession.Reply> racer : racers) {
            replies.add(racer.get());
        }

        List<HttpSession.Reply> ran = replies.stream()
                .filter(r -> r.status() == 200 && r.json().get("succeeded").orElseThrow().equals(Json.bool(true))).toList();
        assertThat(ran).as(replies.toString()).hasSize(1);
        HttpSession.Reply other = replies.stream().filter(r -> r != ran.getFirst()).findFirst().orElseThrow();
        assertThat(other.status() == 409
                || text(other.json().get("failure").orElseThrow(), "source_kind").equals("lifecycle"))
                .as(other.toString()).isTrue();
        List<Json> events = items("/procedures/" + id + "/events");
        List<String> types = events.stream().map(e -> text(e, "event_type")).toList();
        assertThat(types).filteredOn("ProcedureStarted"::equals).hasSize(1);
        assertThat(types.get(types.indexOf("ProcedureStarted") - 1)).isEqualTo("ResolvedStepsRecorded");
        assertThat(items("/procedures/" + id + "/activities")).extracting(r -> text(field(r, "payload"), "result"))
                .containsExactly("in_flight", "ok", "in_flight", "ok");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
