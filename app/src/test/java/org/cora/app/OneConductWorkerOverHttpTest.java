package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.app.AsyncRequests.DEADLINE;
import static org.cora.app.AsyncRequests.assertProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The service with a single background conduct worker and a heartbeat every 300 ms: what happens
 * when the workers are all busy, and what an idle stream sends.
 */
@TestPropertySource(properties = {"cora.conduct.async.workers=1", "cora.streams.heartbeat=300ms"})
class OneConductWorkerOverHttpTest extends CoraServerTest {

    private static final String TWO_SECOND_COUNT = """
            {"steps": [{"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}}]}""";
    private static final String QUICK = """
            {"steps": [{"kind": "setpoint", "address": "sim:energy", "value": 14}]}""";

    private AsyncRequests async;

    @BeforeEach
    void preferAsync() {
        async = new AsyncRequests(port, http);
    }

    @Test
    void whenEveryWorkerWalksTheNextBackgroundConductIs503AndTouchesNothingWhileASynchronousOneStillRuns() {
        String walking = register("walking on the only worker");
        String refused = register("no worker left");
        String later = register("a worker again");

        HttpResponse<String> first = async.post("/procedures/" + walking + "/conduct", TWO_SECOND_COUNT);
        HttpResponse<String> busy = async.post("/procedures/" + refused + "/conduct", QUICK);

        assertThat(first.statusCode()).isEqualTo(202);
        assertProblem(busy, 503, "ConductWorkersBusyError");
        assertThat(eventTypes(refused)).containsExactly("ProcedureRegistered");
        assertThat(http.get("/procedures/" + refused + "/conduct-result").status()).isEqualTo(404);
        assertThat(http.post("/procedures/" + refused + "/conduct", QUICK).status())
                .as("a synchronous conduct needs no worker").isEqualTo(200);
        assertThat(status(walking)).as("the first still walks").isEqualTo("Running");
        async.finished(walking);
        assertThat(eventually(DEADLINE, "a free worker", () -> {
            HttpResponse<String> reply = async.post("/procedures/" + later + "/conduct", QUICK);
            return reply.statusCode() == 503 ? Optional.empty() : Optional.of(reply.statusCode());
        })).isEqualTo(202);
    }

    @Test
    void anIdleStreamSendsHeartbeatsAndStreamsRowsJournaledByHandUntilTheProcedureCompletes() {
        String id = register("journaled by hand");
        assertThat(http.post("/procedures/" + id + "/start", null).status()).isEqualTo(204);

        try (SseStream stream = SseStream.open(port, "/procedures/" + id + "/activities/stream", null)) {
            eventually(DEADLINE, "two heartbeats", () -> stream.comments() >= 2 ? Optional.of(true)
                    : Optional.empty());
            HttpSession.Reply appended = http.post("/procedures/" + id + "/activities", """
                    {"entries": [{"event_id": "%s", "step_kind": "capture", "payload": {"note": "by hand"},
                                  "sampled_at": "2026-01-01T00:00:00Z"}]}""".formatted(UUID.randomUUID()));
            assertThat(appended.status()).as(appended.toString()).isEqualTo(200);
            SseStream.Event row = stream.next(1, "activity", DEADLINE).getFirst();
            assertThat(http.post("/procedures/" + id + "/complete", null).status()).isEqualTo(204);
            List<SseStream.Event> rest = stream.untilClosed(DEADLINE);

            assertThat(row.json()).isEqualTo(items("/procedures/" + id + "/activities").getFirst());
            assertThat(field(field(row.json(), "payload"), "note")).isEqualTo(Json.str("by hand"));
            assertThat(rest).containsExactly(new SseStream.Event(null, "end", "Completed"));
        }
    }
}
