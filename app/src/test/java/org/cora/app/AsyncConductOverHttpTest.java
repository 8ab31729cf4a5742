package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.app.HoldAtAStepBoundaryOverHttpTest.steps;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Long conducts over the real server: {@code Prefer: respond-async} answers 202 once the Procedure
 * is started and walks in the background; the journal and the statuses stream live as Server-Sent
 * Events, read here incrementally by a real client, across reconnections.
 */
class AsyncConductOverHttpTest extends CoraServerTest {

    private static final Duration DEADLINE = AsyncRequests.DEADLINE;

    private AsyncRequests async;

    /** Seven journal rows over five seconds or more, wherever the rotation stage starts. */
    static final String LONG_WALK = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 180},
              {"kind": "check", "address": "sim:m1.RBV", "criterion": {"kind": "within_tolerance", "expected": 180, "tolerance": 0.5}},
              {"kind": "setpoint", "address": "sim:m1", "value": -180},
              {"kind": "setpoint", "address": "sim:m1", "value": 0}
            ]}""";
    static final List<String> LONG_WALK_ROWS = List.of("0 in_flight", "0 ok", "1 ok", "2 in_flight", "2 ok",
            "3 in_flight", "3 ok");

    @BeforeEach
    void preferAsync() {
        async = new AsyncRequests(port, http);
    }

    @Test
    void anAsyncConductAnswers202WhileItWalksAndItsStreamDeliversEveryRowInOrder() {
        String id = register("walked in the background");

        HttpResponse<String> accepted = async.post("/procedures/" + id + "/conduct", LONG_WALK);
        Json.Obj walking = http.get("/procedures/" + id + "/conduct-result").json();
        String statusRightAfter = status(id);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.headers().firstValue("Location")).contains("/procedures/" + id);
        assertThat(accepted.headers().firstValue("Preference-Applied")).contains("respond-async");
        Json.Obj body = (Json.Obj) JsonParser.parse(accepted.body());
        assertThat(body.get("procedure_id")).contains(Json.str(id));
        assertThat(statusRightAfter).as("202 comes once the Procedure is started").isEqualTo("Running");
        assertThat(walking.get("state")).as("202 comes before the walk ends").contains(Json.str("walking"));
        assertThat(walking.get("conduct_id")).isEqualTo(body.get("conduct_id"));

        List<SseStream.Event> streamed;
        try (SseStream stream = SseStream.open(port, "/procedures/" + id + "/activities/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            streamed = stream.untilClosed(DEADLINE);
        }

        List<Json> journal = items("/procedures/" + id + "/activities");
        assertThat(steps(journal)).containsExactlyElementsOf(LONG_WALK_ROWS);
        assertThat(streamed.getLast()).isEqualTo(new SseStream.Event(null, "end", "Completed"));
        List<SseStream.Event> rows = streamed.subList(0, streamed.size() - 1);
        assertThat(rows).extracting(SseStream.Event::name).containsOnly("activity");
        assertThat(rows).extracting(SseStream.Event::json).containsExactlyElementsOf(journal);
        assertStrictlyIncreasingIds(rows);

        Json.Obj finished = async.finished(id);
        assertThat(finished.get("state")).contains(Json.str("finished"));
        assertThat(finished.get("command_name")).contains(Json.str("ConductProcedure"));
        assertThat(finished.get("principal")).contains(Json.str("operator:ada"));
        assertThat(field(finished, "result")).isEqualTo(JsonParser.parse("""
                {"procedure_id": "%s", "completed_count": 4, "succeeded": true, "failure": null,
                 "actuation_kind": "Simulated", "held": false}""".formatted(id)));
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded", "ProcedureStarted",
                "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
        assertThat(status(id)).isEqualTo("Completed");
    }

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNoRowAndSeesNoneTwice() {
        String id = register("followed across a reconnection");
        assertThat(async.post("/procedures/" + id + "/conduct", LONG_WALK).statusCode()).isEqualTo(202);

        List<SseStream.Event> before;
        try (SseStream first = SseStream.open(port, "/procedures/" + id + "/activities/stream", null)) {
            before = first.next(3, "activity", DEADLINE);
        }
        String lastSeen = before.getLast().id();
        assertThat(status(id)).as("the reconnection happens mid-walk").isEqualTo("Running");
        List<SseStream.Event> after;
        try (SseStream second = SseStream.open(port, "/procedures/" + id + "/activities/stream", lastSeen)) {
            after = second.untilClosed(DEADLINE);
        }

        List<SseStream.Event> rows = new ArrayList<>(before);
        rows.addAll(after.subList(0, after.size() - 1));
        List<Json> journal = items("/procedures/" + id + "/activities");
        assertThat(rows).extracting(SseStream.Event::json).containsExactlyElementsOf(journal);
        assertStrictlyIncreasingIds(rows);
        assertThat(after.getLast()).isEqualTo(new SseStream.Event(null, "end", "Completed"));

        try (SseStream late = SseStream.open(port, "/procedures/" + id + "/activities/stream", rows.getLast().id())) {
            assertThat(late.untilClosed(DEADLINE)).as("a finished Procedure followed from its last row")
                    .containsExactly(new SseStream.Event(null, "end", "Completed"));
        }
        try (SseStream whole = SseStream.open(port, "/procedures/" + id + "/activities/stream", null)) {
            List<SseStream.Event> replayed = whole.untilClosed(DEADLINE);
            assertThat(replayed.subList(0, replayed.size() - 1)).as("a finished Procedure followed from the start")
                    .isEqualTo(rows);
        }
    }

    @Test
    void aSecondConductWhileABackgroundOneWalksIsRefusedWith409AndTouchesNothing() {
        String id = register("walked by one background conductor");
        HttpResponse<String> first = async.post("/procedures/" + id + "/conduct", LONG_WALK);
        String other = "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m1\", \"value\": 9}]}";

        List<HttpResponse<String>> refused = List.of(
                async.post("/procedures/" + id + "/conduct", other),
                async.post("/procedures/" + id + "/conduct-or-hold", other),
                async.post("/procedures/" + id + "/conduct-from", "{}"));
        HttpSession.Reply refusedSynchronously = http.post("/procedures/" + id + "/conduct", other);

        assertThat(first.statusCode()).isEqualTo(202);
        for (HttpResponse<String> reply : refused) {
            AsyncRequests.assertProblem(reply, 409, "ProcedureConductInProgressError");
        }
        assertThat(refusedSynchronously.status()).isEqualTo(409);
        Json.Obj finished = async.finished(id);
        assertThat(finished.get("conduct_id")).isEqualTo(((Json.Obj) JsonParser.parse(first.body())).get("conduct_id"));
        assertThat(field(field(finished, "result"), "succeeded")).isEqualTo(Json.bool(true));
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded", "ProcedureStarted",
                "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
        assertThat(steps(items("/procedures/" + id + "/activities"))).containsExactlyElementsOf(LONG_WALK_ROWS);
    }

    @Test
    void aRefusedAsyncConductAnswersAtOnceAndLeavesNothingBehind() {
        String id = register("refused in the background");
        String unknown = "/procedures/0190a4b0-0000-7000-8000-0000000000aa";

        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct", "{\"steps\": \"all of them\"}"), 422,
                "InvalidStepError");
        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct", "{\"steps\": ["), 400,
                "MalformedRequestError");
        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct-or-hold",
                "{\"steps\": [{\"kind\": \"teleport\"}]}"), 422, "InvalidStepError");
        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct-from", "{}"), 409,
                "ProcedureCannotResumeError");
        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct-from",
                "{\"re_establishment_boundary\": \"one\"}"), 422, "InvalidRequestError");
        AsyncRequests.assertProblem(async.post(unknown + "/conduct", "{\"steps\": []}"), 404, "ProcedureNotFoundError");

        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered");
        assertThat(items("/procedures/" + id + "/activities")).isEmpty();
        assertThat(status(id)).isEqualTo("Defined");
        HttpSession.Reply noResult = http.get("/procedures/" + id + "/conduct-result");
        assertThat(noResult.status()).isEqualTo(404);
        assertThat(noResult.text("error_class")).isEqualTo("ConductResultNotFoundError");
    }

    @Test
    void anAsyncConductOfAProcedureThatCannotStartIsRefusedWith409InsteadOfAnsweredLater() {
        String id = register("already conducted");
        assertThat(http.post("/procedures/" + id + "/conduct", "{\"steps\": []}").status()).isEqualTo(200);
        List<String> events = eventTypes(id);

        AsyncRequests.assertProblem(async.post("/procedures/" + id + "/conduct", "{\"steps\": []}"), 409,
                "ProcedureCannotStartError");

        assertThat(eventTypes(id)).isEqualTo(events);
        assertThat(http.get("/procedures/" + id + "/conduct-result").status()).isEqualTo(404);
    }

    @Test
    void theStreamOfAnUnknownProcedureIsA404ProblemBeforeAnyEvent() {
        try (SseStream unknown = SseStream.open(port, "/procedures/0190a4b0-0000-7000-8000-0000000000bb/activities/stream",
                null)) {
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.body()).contains("\"error_class\":\"ProcedureNotFoundError\"");
        }
        String id = register("streamed with a bad id");
        try (SseStream badId = SseStream.open(port, "/procedures/" + id + "/activities/stream", "row seven")) {
            assertThat(badId.status()).isEqualTo(400);
            assertThat(badId.body()).contains("MalformedRequestError").contains("Last-Event-ID");
        }
        try (SseStream notAnId = SseStream.open(port, "/procedures/seven/activities/stream", null)) {
            assertThat(notAnId.status()).isEqualTo(400);
        }
    }

    @Test
    void theStatusStreamSeesEveryChangeOfAConductInOrderAndResumesAfterItsLastId() {
        List<SseStream.Event> changes;
        String id;
        try (SseStream statuses = SseStream.open(port, "/procedures/status-stream", null)) {
            assertThat(statuses.status()).isEqualTo(200);
            id = register("watched on a dashboard");
            assertThat(async.post("/procedures/" + id + "/conduct",
                    "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:energy\", \"value\": 12.5}]}").statusCode())
                    .isEqualTo(202);
            changes = changesOf(id, statuses, 3);
        }

        assertThat(changes).extracting(e -> text(e.json(), "status")).containsExactly("Defined", "Running", "Completed");
        assertThat(changes).extracting(e -> text(e.json(), "event_type")).containsExactly("ProcedureRegistered",
                "ProcedureStarted", "ProcedureCompleted");
        List<Json> stored = items("/procedures/" + id + "/events");
        for (SseStream.Event change : changes) {
            Json event = stored.stream().filter(e -> field(e, "position").toString().equals(change.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no event at position " + change.id()));
            assertThat(field(change.json(), "version")).isEqualTo(field(event, "version"));
            assertThat(field(change.json(), "occurred_at")).isEqualTo(field(event, "occurred_at"));
            assertThat(field(change.json(), "procedure_id")).isEqualTo(Json.str(id));
        }
        assertStrictlyIncreasingIds(changes);

        try (SseStream resumed = SseStream.open(port, "/procedures/status-stream", changes.get(1).id())) {
            assertThat(changesOf(id, resumed, 1)).containsExactly(changes.get(2));
        }
    }

    @Test
    void aBackgroundConductHeldByItsOperatorResumesInTheBackgroundAndItsStreamPicksUpWhereItEnded() {
        String id = register("held and resumed in the background");
        assertThat(async.post("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
                  {"kind": "setpoint", "address": "sim:m1", "value": 180},
                  {"kind": "setpoint", "address": "sim:m1", "value": 0}
                ]}""").statusCode()).isEqualTo(202);
        List<SseStream.Event> firstWalk;
        try (SseStream stream = SseStream.open(port, "/procedures/" + id + "/activities/stream", null)) {
            firstWalk = new ArrayList<>(stream.next(1, "activity", DEADLINE));
            assertThat(http.post("/procedures/" + id + "/hold", "{\"reason\": \"operator pause\"}").status())
                    .isEqualTo(202);
            firstWalk.addAll(stream.untilClosed(DEADLINE));
        }
        assertThat(firstWalk.getLast()).isEqualTo(new SseStream.Event(null, "end", "Held"));
        Json.Obj held = async.finished(id);
        assertThat(field(field(held, "result"), "held")).isEqualTo(Json.bool(true));
        assertThat(field(field(held, "result"), "completed_count")).isEqualTo(Json.num(1));

        HttpResponse<String> resumed = async.post("/procedures/" + id + "/conduct-from", "{}");

        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("Running");
        String lastRow = firstWalk.get(firstWalk.size() - 2).id();
        List<SseStream.Event> replay;
        try (SseStream stream = SseStream.open(port, "/procedures/" + id + "/activities/stream", lastRow)) {
            replay = stream.untilClosed(DEADLINE);
        }
        assertThat(replay.getLast()).isEqualTo(new SseStream.Event(null, "end", "Completed"));
        List<SseStream.Event> rows = new ArrayList<>(firstWalk.subList(0, firstWalk.size() - 1));
        rows.addAll(replay.subList(0, replay.size() - 1));
        assertThat(rows).extracting(SseStream.Event::json).containsExactlyElementsOf(items("/procedures/" + id
                + "/activities"));
        assertThat(steps(rows.stream().map(SseStream.Event::json).toList())).containsExactly("0 in_flight", "0 ok",
                "1 in_flight", "1 ok", "2 in_flight", "2 ok");
        Json.Obj finished = async.finished(id);
        assertThat(finished.get("command_name")).contains(Json.str("ConductFromProcedure"));
        assertThat(finished.get("conduct_id")).isEqualTo(((Json.Obj) JsonParser.parse(resumed.body())).get("conduct_id"));
        assertThat(field(finished, "result")).isEqualTo(JsonParser.parse("""
                {"procedure_id": "%s", "completed_count": 2, "succeeded": true, "failure": null,
                 "actuation_kind": "Simulated", "held": false, "re_establishment_boundary": 1,
                 "acquisition_halt": false, "resume_point": %s}""".formatted(id,
                field(field(finished, "result"), "resume_point"))));
        assertThat(text(field(field(finished, "result"), "resume_point"), "reason")).isEqualTo("next");
    }

    @Test
    void anAsyncConductOrHoldHoldsOnAFailedCheckAndSaysSoInItsResult() {
        String id = register("held on a failed check in the background");
        assertThat(async.post("/procedures/" + id + "/conduct-or-hold", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:energy", "value": 13},
                  {"kind": "check", "address": "sim:energy.RBV", "criterion": {"kind": "within_tolerance", "expected": 99, "tolerance": 0.1}}
                ]}""").statusCode()).isEqualTo(202);

        Json.Obj finished = async.finished(id);

        assertThat(finished.get("command_name")).contains(Json.str("ConductOrHoldProcedure"));
        Json result = field(finished, "result");
        assertThat(field(result, "held")).isEqualTo(Json.bool(true));
        assertThat(field(result, "succeeded")).isEqualTo(Json.bool(false));
        assertThat(text(field(result, "failure"), "source_kind")).isEqualTo("check");
        assertThat(status(id)).isEqualTo("Held");
    }

    private List<SseStream.Event> changesOf(String id, SseStream statuses, int count) {
        List<SseStream.Event> changes = new ArrayList<>();
        while (changes.size() < count) {
            SseStream.Event change = statuses.next(1, "status", DEADLINE).getFirst();
            if (text(change.json(), "procedure_id").equals(id)) {
                changes.add(change);
            }
        }
        return changes;
    }

    static void assertStrictlyIncreasingIds(List<SseStream.Event> events) {
        List<Long> ids = events.stream().map(e -> Long.parseLong(e.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }
}
