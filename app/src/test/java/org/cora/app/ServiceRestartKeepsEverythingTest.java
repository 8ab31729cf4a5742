package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default survives its own death: after SIGKILL (the orphaned PostgreSQL is found,
 * stopped and restarted) and after an orderly stop, every acknowledged write is still there.
 */
class ServiceRestartKeepsEverythingTest {

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteSurvivesASigkillAndAnOrderlyStop() throws Exception {
        Path data = work.resolve("data");
        Path log = work.resolve("service.log");
        Map<String, String> before = new LinkedHashMap<>();

        try (ServiceProcess first = ServiceProcess.start(data, log)) {
            HttpSession http = first.http();
            String conducted = register(http, "conducted before the kill");
            assertThat(http.post("/procedures/" + conducted + "/conduct", """
                    {"steps": [{"kind": "setpoint", "address": "sim:m1", "value": 30},
                               {"kind": "check", "address": "sim:m1.RBV", "criterion": {"kind": "equals", "expected": 30}},
                               {"kind": "action", "name": "count", "params": {"seconds": 0.01}}]}""").status())
                    .isEqualTo(200);
            List<String> registered = new ArrayList<>(List.of(conducted));
            for (int i = 0; i < 20; i++) {
                registered.add(register(http, "acknowledged " + i));
            }
            for (String id : registered) {
                before.put(id, snapshot(http, id));
            }
            long orphan = postmasterPid(data).orElseThrow();
            first.kill();
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives a SIGKILLed service")
                    .contains(true);

            try (ServiceProcess second = ServiceProcess.start(data, log)) {
                assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                        .as("the orphaned postmaster was stopped").isFalse();
                assertSameAs(before, second.http());
                before.put(register(second.http(), "after the restart"), null);
                assertThat(second.stop()).as("exit code of an orderly stop").isIn(0, 143);
                assertThat(postmasterPid(data)).as("an orderly stop stops PostgreSQL too").isEmpty();
            }
        }

        try (ServiceProcess third = ServiceProcess.start(data, log)) {
            before.entrySet().removeIf(e -> e.getValue() == null);
            assertSameAs(before, third.http());
        }
    }

    private static void assertSameAs(Map<String, String> before, HttpSession http) {
        before.forEach((id, snapshot) -> assertThat(snapshot(http, id)).as(id).isEqualTo(snapshot));
        Json conducted = http.get("/procedures/" + before.keySet().iterator().next()).json().get("status").orElseThrow();
        assertThat(conducted).isEqualTo(Json.str("Completed"));
    }

    private static String register(HttpSession http, String name) {
        HttpSession.Reply reply = http.post("/procedures", "{\"name\": \"" + name + "\", \"kind\": \"alignment\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("procedure_id");
    }

    private static String snapshot(HttpSession http, String id) {
        return http.get("/procedures/" + id).body() + http.get("/procedures/" + id + "/events").body()
                + http.get("/procedures/" + id + "/activities").body();
    }

    private static Optional<Long> postmasterPid(Path data) throws Exception {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()));
    }
}
