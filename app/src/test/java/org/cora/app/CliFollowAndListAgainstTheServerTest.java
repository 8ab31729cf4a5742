package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.app.CoraAtTheTerminal.Ran;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cora procedures list}, {@code cora follow} and the asynchronous conduct against the real
 * service. They need {@code GET /procedures}, {@code Prefer: respond-async} and
 * {@code GET /procedures/{id}/activities/stream}, which arrive from other branches: until those are
 * merged, these tests fail, on purpose.
 */
class CliFollowAndListAgainstTheServerTest extends CoraServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);
    private static final String SETPOINT_COUNT_SETPOINT = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 1},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 1}},
              {"kind": "setpoint", "address": "sim:m1", "value": 2}
            ]}""";

    @TempDir
    Path work;

    private CoraAtTheTerminal cora;

    @BeforeEach
    void terminal() {
        cora = new CoraAtTheTerminal(port);
    }

    @Test
    void listShowsTheProceduresOfAKindAndAllFollowsThePages() {
        String kind = "cli-list-" + UUID.randomUUID();
        List<String> names = List.of("Bake A", "Bake B", "Bake C");
        names.forEach(name -> assertThat(cora.run("register", name, kind).exit()).isZero());

        Ran all = cora.run("procedures", "list", "--kind", kind, "--limit", "2", "--all");
        Ran firstPage = cora.run("procedures", "list", "--kind", kind, "--limit", "2");
        Ran machine = cora.run("procedures", "list", "--kind", kind, "--status", "Defined", "--all", "--json");

        assertThat(all.exit()).as(all.toString()).isZero();
        assertThat(all.out().lines().toList()).hasSize(4).first().asString().startsWith("PROCEDURE_ID");
        assertThat(all.out()).contains(names.toArray(String[]::new));
        assertThat(firstPage.out().lines()).hasSize(3);
        assertThat(firstPage.err()).contains("--cursor ");
        Json.Obj listed = (Json.Obj) JsonParser.parse(machine.out());
        assertThat(listed.get("next_cursor")).contains(Json.NULL);
        assertThat(((Json.Arr) listed.get("items").orElseThrow()).items()).hasSize(3)
                .allSatisfy(p -> assertThat(text(p, "status")).isEqualTo("Defined"))
                .extracting(p -> text(p, "name")).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void followShowsAConductStepByStepAndExitsWithZeroWhenItCompletes() throws Exception {
        String id = register("followed from the terminal");
        CompletableFuture<HttpSession.Reply> conduct = http.postAsync("/procedures/" + id + "/conduct",
                SETPOINT_COUNT_SETPOINT);
        awaitStatus(id, "Running");

        Ran followed;
        try {
            followed = cora.run("follow", id);
        } finally {
            // the detector stays busy until this walk ends: the next test counts on it
            assertThat(conduct.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }

        assertThat(followed.exit()).as(followed.toString()).isZero();
        assertThat(followed.out()).contains("step 1 of 3, sim:m1, 1 (in flight)", "step 2 of 3, count, in flight",
                "step 2 of 3, count, ok", "step 3 of 3, sim:m1, 2 (ok)", "Procedure " + id + " is Completed.");
    }

    @Test
    void conductWithFollowWalksInTheBackgroundAndExitsByHowItEnded() throws Exception {
        String completes = register("conducted and followed");
        String holds = register("held and followed");
        Path steps = Files.writeString(work.resolve("steps.json"), SETPOINT_COUNT_SETPOINT);
        Path failingCheck = Files.writeString(work.resolve("check.yaml"), """
                - {kind: setpoint, address: sim:m2, value: 4}
                - {kind: check, address: sim:m2.RBV, criterion: {kind: equals, expected: 7}}
                """);

        Ran completed = cora.run("conduct", completes, steps.toString(), "--follow");
        Ran held = cora.run("conduct", holds, failingCheck.toString(), "--or-hold", "--follow");

        assertThat(completed.exit()).as(completed.toString()).isZero();
        assertThat(completed.out()).contains("Accepted; following Procedure " + completes, "step 3 of 3, sim:m1, 2 (ok)",
                "is Completed.");
        assertThat(held.exit()).as(held.toString()).isEqualTo(4);
        assertThat(held.out()).contains("step 2 of 2, sim:m2.RBV", "failed: CheckFailedError", "is Held.");
        assertThat(status(holds)).isEqualTo("Held");
    }

    @Test
    void conductAsyncAnswersAtOnceAndTheWalkGoesOn() throws Exception {
        String id = register("conducted in the background");
        Path steps = Files.writeString(work.resolve("steps.json"), SETPOINT_COUNT_SETPOINT);

        Ran accepted = cora.run("conduct", id, steps.toString(), "--async");

        assertThat(accepted.exit()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("Accepted", "cora follow " + id);
        awaitStatus(id, "Completed");
    }

    private void awaitStatus(String id, String wanted) {
        eventually(DEADLINE, id + " " + wanted, () -> wanted.equals(status(id)) ? Optional.of(true) : Optional.empty());
    }
}
