package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.app.HoldAtAStepBoundaryOverHttpTest.steps;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An orderly stop (SIGTERM) during a background conduct: the step in progress finishes, the walk
 * holds at the boundary with the reason {@code service stopping} and records its result, and after
 * the restart the Procedure resumes from there like any held one.
 */
class BackgroundConductAcrossAStopTest {

    private static final String FOUR_LONG_MOVES = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 180},
              {"kind": "setpoint", "address": "sim:m1", "value": -180},
              {"kind": "setpoint", "address": "sim:m1", "value": 180},
              {"kind": "setpoint", "address": "sim:m1", "value": -180}
            ]}""";

    @TempDir
    Path work;

    @Test
    void anOrderlyStopHoldsABackgroundWalkAtItsNextStepBoundaryAndItResumesAfterTheRestart() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        String id;
        try (ServiceProcess service = ServiceProcess.start(data, log)) {
            HttpSession http = service.http();
            id = http.post("/procedures", "{\"name\": \"stopped mid-walk\", \"kind\": \"alignment\"}")
                    .text("procedure_id");
            assertThat(new AsyncRequests(service.port(), http).post("/procedures/" + id + "/conduct", FOUR_LONG_MOVES)
                    .statusCode()).isEqualTo(202);
            CoraServerTest.eventually(AsyncRequests.DEADLINE, "step 1 under way", () ->
                    steps(items(http, id)).contains("1 in_flight") ? Optional.of(true) : Optional.empty());

            assertThat(service.stop()).as("exit code of an orderly stop").isIn(0, 143);
        }

        try (ServiceProcess restarted = ServiceProcess.start(data, log)) {
            HttpSession http = restarted.http();
            assertThat(http.get("/procedures/" + id).text("status")).isEqualTo("Held");
            assertThat(steps(items(http, id))).as("the move in progress finished; none began after it")
                    .containsExactly("0 in_flight", "0 ok", "1 in_flight", "1 ok");
            Json held = events(http, id).getLast();
            assertThat(CoraServerTest.text(held, "event_type")).isEqualTo("ProcedureHeld");
            assertThat(CoraServerTest.text(CoraServerTest.field(held, "payload"), "reason")).isEqualTo("service stopping");
            Json.Obj result = http.get("/procedures/" + id + "/conduct-result").json();
            assertThat(result.get("state")).contains(Json.str("finished"));
            assertThat(CoraServerTest.field(CoraServerTest.field(result, "result"), "held")).isEqualTo(Json.bool(true));
            assertThat(CoraServerTest.field(CoraServerTest.field(result, "result"), "completed_count"))
                    .isEqualTo(Json.num(2));

            HttpSession.Reply resumed = http.post("/procedures/" + id + "/conduct-from", "{}");

            assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
            assertThat(resumed.json().get("succeeded")).contains(Json.bool(true));
            assertThat(resumed.json().get("re_establishment_boundary")).contains(Json.num(2));
            assertThat(http.get("/procedures/" + id).text("status")).isEqualTo("Completed");
        }
    }

    private static List<Json> items(HttpSession http, String id) {
        return ((Json.Arr) http.get("/procedures/" + id + "/activities").json().get("items").orElseThrow()).items();
    }

    private static List<Json> events(HttpSession http, String id) {
        return ((Json.Arr) http.get("/procedures/" + id + "/events").json().get("items").orElseThrow()).items();
    }
}
