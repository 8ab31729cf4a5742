package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.app.CoraAtTheTerminal.Ran;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cora} at a terminal, against the real service: what it prints, its exit codes, and what it changed. */
class CoraCliAgainstTheServerTest extends CoraServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path work;

    private CoraAtTheTerminal cora;

    @BeforeEach
    void terminal() {
        cora = new CoraAtTheTerminal(port);
    }

    @Test
    void anOperatorRegistersConductsAndReadsTheProcedureFromTheTerminal() throws Exception {
        Ran registered = cora.run("register", "Bake out chamber", "bakeout");
        String id = registered.out().strip();
        Path steps = Files.writeString(work.resolve("steps.yaml"), """
                steps:
                  - {kind: setpoint, address: sim:m2, value: 4.0}
                  - {kind: check, address: sim:m2.RBV, criterion: {kind: equals, expected: 4}}
                """);

        Ran conducted = cora.run("--as", "operator:kim", "conduct", id, steps.toString());

        assertThat(registered.exit()).as(registered.toString()).isZero();
        assertThat(conducted.exit()).as(conducted.toString()).isZero();
        assertThat(conducted.out()).isEqualTo("Completed: 2 steps conducted." + System.lineSeparator());
        assertThat(items("/procedures/" + id + "/activities")).hasSize(3)
                .allSatisfy(row -> assertThat(text(row, "actor_id")).isEqualTo("operator:kim"));

        Ran shown = cora.run("procedures", "show", id);
        Ran journal = cora.run("procedures", "journal", id);
        Ran events = cora.run("procedures", "events", id, "--json");

        assertThat(shown.out()).containsPattern("(?m)^name +Bake out chamber$").containsPattern("(?m)^status +Completed$");
        assertThat(journal.out().lines()).hasSize(3);
        assertThat(journal.out()).contains("step 1 of 2, sim:m2, 4.0 (in flight)", "step 1 of 2, sim:m2, 4.0 (ok)",
                "step 2 of 2, sim:m2.RBV, ");
        assertThat(JsonParser.parse(events.out())).isEqualTo(http.get("/procedures/" + id + "/events").json());
    }

    @Test
    void aMalformedStepsFileIsRefusedBeforeAnythingIsSent() throws Exception {
        String id = register("never conducted");
        Path steps = Files.writeString(work.resolve("bad.json"), """
                {"steps": [{"kind": "setpoint", "adress": "sim:m1", "value": 1}]}""");

        Ran ran = cora.run("conduct", id, steps.toString());

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.err()).contains("bad.json", "unknown field 'adress'");
        assertThat(items("/procedures/" + id + "/events")).hasSize(1);
    }

    @Test
    void aFailedStepExitsWithOneAndARefusalWithSixNamingTheProblem() throws Exception {
        String id = register("will fail");
        Path steps = Files.writeString(work.resolve("offline.json"), """
                [{"kind": "setpoint", "address": "sim:offline", "value": 1}]""");

        Ran failed = cora.run("conduct", id, steps.toString());
        Ran notFound = cora.run("procedures", "show", "0190a4b0-0000-7000-8000-000000000000");

        assertThat(failed.exit()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.out()).startsWith("Aborted after 0 steps; step 1 (step_index 0, setpoint sim:offline) failed: "
                + "ControlNotConnectedError");
        assertThat(status(id)).isEqualTo("Aborted");
        assertThat(notFound.exit()).isEqualTo(6);
        assertThat(notFound.err()).contains("ProcedureNotFoundError", "(HTTP 404)");
    }

    @Test
    void aHoldDuringAConductLandsAfterTheStepInProgressAndConductFromWithYesFinishesTheWalk() throws Exception {
        String id = register("paused from the terminal");
        Path steps = Files.writeString(work.resolve("count.json"), """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 1},
                  {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
                  {"kind": "setpoint", "address": "sim:m1", "value": 2},
                  {"kind": "setpoint", "address": "sim:m1", "value": 3}
                ]}""");
        CompletableFuture<Ran> conduct = CoraAtTheTerminal.inTheBackground(() -> cora.run("conduct", id, steps.toString()));
        awaitRow(id, 1, "in_flight");

        Ran hold = cora.run("--as", "operator:kim", "hold", id, "beam", "dump");
        Ran held = conduct.get(30, TimeUnit.SECONDS);

        assertThat(hold.exit()).as(hold.toString()).isZero();
        assertThat(hold.out()).startsWith("Hold requested: the conductor holds when the step in progress has finished.");
        assertThat(held.exit()).as(held.toString()).isEqualTo(4);
        assertThat(held.out()).contains("Held after 2 steps.", "Resume with: cora conduct-from " + id);
        Json requested = items("/procedures/" + id + "/events").stream()
                .filter(e -> text(e, "event_type").equals("ProcedureHoldRequested")).findFirst().orElseThrow();
        assertThat(text(field(requested, "payload"), "reason")).isEqualTo("beam dump");
        assertThat(text(requested, "principal")).isEqualTo("operator:kim");

        Ran resumed = cora.run("conduct-from", id, "--yes");

        assertThat(resumed.exit()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("would resume at step 3 of 4 (step_index 2), the first step not yet done",
                "setpoint sim:m1 = 2", "Completed: 2 steps conducted.").doesNotContain("Proceed?");
        assertThat(HoldAtAStepBoundaryOverHttpTest.steps(items("/procedures/" + id + "/activities"))).containsExactly(
                "0 in_flight", "0 ok", "1 in_flight", "1 ok", "2 in_flight", "2 ok", "3 in_flight", "3 ok");
        assertThat(status(id)).isEqualTo("Completed");
    }

    @Test
    void aFailedCheckHoldsAndConductFromAsksBeforeItReplaysAndOnlyAYesProceeds() throws Exception {
        String id = register("held on a check");
        Path steps = Files.writeString(work.resolve("check.yaml"), """
                - {kind: setpoint, address: sim:m2, value: 4}
                - {kind: check, address: sim:m2.RBV, criterion: {kind: equals, expected: 7}}
                """);
        Ran held = cora.run("conduct", id, steps.toString(), "--or-hold");
        List<String> eventsWhenHeld = eventTypes(id);

        Ran unattended = cora.run("conduct-from", id);
        Ran declined = cora.typing("n\n", "conduct-from", id);

        assertThat(held.exit()).as(held.toString()).isEqualTo(4);
        assertThat(held.out()).contains("Held after 1 step; step 2 (step_index 1, check sim:m2.RBV) failed: "
                + "CheckFailedError");
        assertThat(unattended.exit()).isEqualTo(2);
        assertThat(unattended.err()).contains("no terminal to ask on", "--yes");
        assertThat(declined.exit()).isEqualTo(2);
        assertThat(declined.out()).contains("Proceed? [y/N] ", "Not resumed; nothing was changed.");
        assertThat(eventTypes(id)).isEqualTo(eventsWhenHeld);
        assertThat(status(id)).isEqualTo("Held");

        Path fix = Files.writeString(work.resolve("fix.yaml"), "- {kind: setpoint, address: sim:m2, value: 7}\n");
        assertThat(cora.run("conduct", register("drive m2 to 7"), fix.toString()).exit()).isZero();
        Ran confirmed = cora.typing("y\n", "conduct-from", id);

        assertThat(confirmed.exit()).as(confirmed.toString()).isZero();
        assertThat(confirmed.out()).contains("would resume at step 2 of 2 (step_index 1), the step that failed:",
                "  check sim:m2.RBV equals 7", "Proceed? [y/N] ", "Completed: 1 step conducted.");
        assertThat(eventTypes(id)).endsWith("ProcedureHeld", "ProcedureResumed", "ProcedureCompleted");
        assertThat(status(id)).isEqualTo("Completed");
    }

    @Test
    void aProcedureWorkedByHandIsHeldAtOnceAndResumedWithoutReplay() {
        String id = register("worked by hand");
        assertThat(http.post("/procedures/" + id + "/start", null).status()).isEqualTo(204);

        Ran hold = cora.run("hold", id, "coffee");
        String statusWhenHeld = status(id);
        Ran resume = cora.run("resume", id, "--boundary", "0", "--json");

        assertThat(hold.exit()).as(hold.toString()).isZero();
        assertThat(hold.out()).isEqualTo("Held." + System.lineSeparator());
        assertThat(statusWhenHeld).isEqualTo("Held");
        assertThat(resume.exit()).as(resume.toString()).isZero();
        assertThat(JsonParser.parse(resume.out())).isEqualTo(JsonParser.parse("""
                {"procedure_id": "%s", "status": "Running", "re_establishment_boundary": 0}""".formatted(id)));
        assertThat(status(id)).isEqualTo("Running");
        assertThat(items("/procedures/" + id + "/activities")).isEmpty();
    }

    @Test
    void anUnreachableServiceIsExitCodeThree() {
        Ran ran = new CoraAtTheTerminal(1).run("procedures", "show", "0190a4b0-0000-7000-8000-000000000000");

        assertThat(ran.exit()).isEqualTo(3);
        assertThat(ran.err()).contains("cannot reach Cora at http://127.0.0.1:1");
    }

    private void awaitRow(String id, int stepIndex, String result) {
        eventually(DEADLINE, "a " + result + " row for step " + stepIndex + " of " + id, () ->
                HoldAtAStepBoundaryOverHttpTest.steps(items("/procedures/" + id + "/activities"))
                        .contains(stepIndex + " " + result) ? Optional.of(true) : Optional.empty());
    }
}
