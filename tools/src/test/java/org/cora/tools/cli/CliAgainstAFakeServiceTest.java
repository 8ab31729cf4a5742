package org.cora.tools.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.tools.cli.FakeCoraService.accepted;
import static org.cora.tools.cli.FakeCoraService.events;
import static org.cora.tools.cli.FakeCoraService.eventsThenDrop;
import static org.cora.tools.cli.FakeCoraService.json;
import static org.cora.tools.cli.FakeCoraService.problem;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client's side of the contract: headers, paging, a dropped stream, confirmation, exit codes. */
@Timeout(60)
class CliAgainstAFakeServiceTest {

    private static final String ID = "0190a4b0-0000-7000-8000-00000000000a";
    private static final String PROCEDURE = "/procedures/" + ID;
    private static final String TWO_STEPS_PINNED = """
            {"items": [{"version": 1, "event_type": "ProcedureRegistered", "payload": {}},
                       {"version": 2, "event_type": "ResolvedStepsRecorded", "payload": {"step_count": 2}}]}""";
    private static final String RESUME_POINT = """
            {"procedure_id": "%s", "re_establishment_boundary": 1, "reason": "failed",
             "step": {"kind": "check", "address": "sim:m2.RBV", "criterion": {"kind": "equals", "expected": 7}},
             "step_count": 2, "halts_at_acquisition": false}""".formatted(ID);

    private final FakeCoraService service;

    @TempDir
    Path dir;

    CliAgainstAFakeServiceTest() throws Exception {
        service = new FakeCoraService();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void theOptionsMayStandBeforeOrAfterTheCommandAndTheTokenGoesAsABearer() {
        service.on("GET " + PROCEDURE, json(200, "{\"procedure_id\": \"" + ID + "\", \"status\": \"Held\"}"));

        Cora.Ran ran = Cora.run("--url", service.url(), "--token", "s3cret", "procedures", "show", ID, "--json");

        assertThat(ran.exit()).as(ran.toString()).isZero();
        assertThat(JsonParser.parse(ran.out().strip())).isEqualTo(JsonParser.parse(
                "{\"procedure_id\": \"" + ID + "\", \"status\": \"Held\"}"));
        assertThat(service.requests().getLast().header("Authorization")).isEqualTo("Bearer s3cret");
        assertThat(service.requests().getLast().header("X-Cora-Principal")).isNull();
    }

    @Test
    void theEnvironmentNamesTheServiceAndTheTokenAndAsNamesThePrincipal() {
        service.on("GET " + PROCEDURE, json(200, "{\"procedure_id\": \"" + ID + "\", \"status\": \"Held\","
                + " \"target_asset_ids\": [], \"parent_run_id\": null}"));
        CliContext context = CliContext.unattended(Map.of("CORA_URL", service.url(), "CORA_TOKEN", "from-env"));

        Cora.Ran ran = Cora.run(context, "procedures", "show", ID, "--as", "operator:kim");

        assertThat(ran.exit()).as(ran.toString()).isZero();
        assertThat(ran.out()).contains("status        Held", "procedure_id  " + ID).doesNotContain("parent_run_id", "target_asset_ids");
        assertThat(service.requests().getLast().header("Authorization")).isEqualTo("Bearer from-env");
        assertThat(service.requests().getLast().header("X-Cora-Principal")).isEqualTo("operator:kim");
    }

    @Test
    void unauthenticatedAndForbiddenExitWithFiveAndOtherRefusalsWithSix() {
        service.on("GET " + PROCEDURE, problem(401, "UnauthenticatedError", "no token"))
                .on("GET " + PROCEDURE, problem(403, "ForbiddenError", "operator:kim may not GetProcedure"))
                .on("GET " + PROCEDURE, problem(404, "ProcedureNotFoundError", "Procedure " + ID + " not found"));

        Cora.Ran unauthenticated = cora("procedures", "show", ID);
        Cora.Ran forbidden = cora("procedures", "show", ID);
        Cora.Ran notFound = cora("procedures", "show", ID);

        assertThat(unauthenticated.exit()).isEqualTo(5);
        assertThat(unauthenticated.err()).contains("not authenticated (HTTP 401): no token", "--token");
        assertThat(forbidden.exit()).isEqualTo(5);
        assertThat(forbidden.err()).contains("not allowed (HTTP 403): operator:kim may not GetProcedure");
        assertThat(notFound.exit()).isEqualTo(6);
        assertThat(notFound.err()).contains("ProcedureNotFoundError: Procedure " + ID + " not found (HTTP 404)");
    }

    @Test
    void listWithAllFollowsNextCursorToTheLastPage() {
        service.on("GET /procedures?kind=bakeout&limit=2", json(200, """
                        {"items": [{"procedure_id": "p1", "name": "Bake A", "kind": "bakeout", "status": "Completed"},
                                   {"procedure_id": "p2", "name": "Bake B", "kind": "bakeout", "status": "Held"}],
                         "next_cursor": "c2"}"""))
                .on("GET /procedures?kind=bakeout&limit=2&cursor=c2", json(200, """
                        {"items": [{"procedure_id": "p3", "name": "Bake C", "kind": "bakeout", "status": "Defined"}],
                         "next_cursor": null}"""));

        Cora.Ran all = cora("procedures", "list", "--kind", "bakeout", "--limit", "2", "--all");
        Cora.Ran page = cora("procedures", "list", "--kind", "bakeout", "--limit", "2");
        Cora.Ran machine = cora("procedures", "list", "--kind", "bakeout", "--limit", "2", "--all", "--json");

        assertThat(all.exit()).as(all.toString()).isZero();
        assertThat(all.out().lines()).containsExactly(
                "PROCEDURE_ID  NAME    KIND     STATUS",
                "p1            Bake A  bakeout  Completed",
                "p2            Bake B  bakeout  Held",
                "p3            Bake C  bakeout  Defined");
        assertThat(page.out().lines()).hasSize(3);
        assertThat(page.err()).contains("--cursor c2");
        assertThat(JsonParser.parse(machine.out())).isEqualTo(JsonParser.parse("""
                {"items": [{"procedure_id": "p1", "name": "Bake A", "kind": "bakeout", "status": "Completed"},
                           {"procedure_id": "p2", "name": "Bake B", "kind": "bakeout", "status": "Held"},
                           {"procedure_id": "p3", "name": "Bake C", "kind": "bakeout", "status": "Defined"}],
                 "next_cursor": null}"""));
    }

    @Test
    void followResumesADroppedStreamFromTheLastEventItSaw() {
        service.on("GET " + PROCEDURE + "/events", json(200, TWO_STEPS_PINNED))
                .on("GET " + PROCEDURE + "/activities/stream", eventsThenDrop(
                        activity(1, "{\"address\": \"sim:m1\", \"value\": 5, \"step_index\": 0, \"result\": \"in_flight\"}")
                        + activity(2, "{\"address\": \"sim:m1\", \"value\": 5, \"step_index\": 0, \"result\": \"ok\"}")))
                .on("GET " + PROCEDURE + "/activities/stream", events(
                        activity(3, "{\"address\": \"sim:m1.RBV\", \"reading\": {\"value\": 5}, \"step_index\": 1, "
                                + "\"result\": \"ok\"}")
                        + "event: end\ndata: Completed\n\n"));

        Cora.Ran ran = cora("follow", ID);

        assertThat(ran.exit()).as(ran.toString()).isZero();
        assertThat(ran.out().lines()).containsExactly(
                "step 1 of 2, sim:m1, 5 (in flight)",
                "step 1 of 2, sim:m1, 5 (ok)",
                ran.out().lines().toList().get(2),
                "step 2 of 2, sim:m1.RBV, 5 (ok)",
                "Procedure " + ID + " is Completed.");
        assertThat(ran.out().lines().toList().get(2)).as("an abrupt drop, not a clean end")
                .startsWith("connection lost").doesNotContain("the stream ended").endsWith("reconnecting, attempt 1");
        assertThat(service.requests("GET " + PROCEDURE + "/activities/stream"))
                .extracting(r -> r.header("Last-Event-ID")).containsExactly(null, "2");
    }

    @Test
    void followExitsByHowTheProcedureEndedAndWritesJsonLinesForAMachine() {
        service.on("GET " + PROCEDURE + "/events", json(200, TWO_STEPS_PINNED))
                .on("GET " + PROCEDURE + "/activities/stream", events(
                        activity(1, "{\"address\": \"sim:m1\", \"value\": 5, \"step_index\": 0, \"result\": \"ok\"}")
                        + "event: end\ndata: {\"status\": \"Held\"}\n\n"));

        Cora.Ran ran = cora("follow", ID, "--json");

        assertThat(ran.exit()).as(ran.toString()).isEqualTo(4);
        assertThat(ran.out().lines()).hasSize(2).allSatisfy(line -> JsonParser.parse(line));
        assertThat(JsonParser.parse(ran.out().lines().toList().getLast()))
                .isEqualTo(JsonParser.parse("{\"procedure_id\": \"" + ID + "\", \"status\": \"Held\"}"));
    }

    @Test
    void followGivesUpWithThreeWhenTheStreamKeepsDropping() {
        service.on("GET " + PROCEDURE + "/events", json(200, TWO_STEPS_PINNED))
                .on("GET " + PROCEDURE + "/activities/stream", eventsThenDrop(""));

        Cora.Ran ran = cora("follow", ID, "--reconnect-for", "1");

        assertThat(ran.exit()).as(ran.toString()).isEqualTo(3);
        assertThat(ran.err()).contains("could not be resumed");
        assertThat(service.requests("GET " + PROCEDURE + "/activities/stream")).hasSize(3);
    }

    @Test
    void followOfAServiceThatIsNotThereFailsAtOnce() {
        Cora.Ran ran = Cora.run("--url", "http://127.0.0.1:1", "follow", ID);

        assertThat(ran.exit()).isEqualTo(3);
        assertThat(ran.err()).contains("cannot reach Cora at http://127.0.0.1:1");
    }

    @Test
    void conductAsyncAsksTheServiceToAnswerAtOnceAndSaysHowToFollow() throws Exception {
        service.on("POST " + PROCEDURE + "/conduct", accepted(PROCEDURE));
        Path steps = Files.writeString(dir.resolve("steps.yaml"), "- {kind: setpoint, address: sim:m1, value: 1}\n");

        Cora.Ran ran = cora("conduct", ID, steps.toString(), "--async");

        assertThat(ran.exit()).as(ran.toString()).isZero();
        assertThat(ran.out()).contains("Accepted", PROCEDURE, "cora follow " + ID);
        FakeCoraService.Request sent = service.requests().getLast();
        assertThat(sent.header("Prefer")).isEqualTo("respond-async");
        assertThat(JsonParser.parse(sent.body())).isEqualTo(JsonParser.parse("""
                {"steps": [{"kind": "setpoint", "address": "sim:m1", "value": 1}]}"""));
    }

    @Test
    void conductOrHoldThatHeldExitsWithFour() throws Exception {
        service.on("POST " + PROCEDURE + "/conduct-or-hold", json(200, """
                {"procedure_id": "%s", "completed_count": 1, "succeeded": false, "held": true,
                 "failure": {"step_index": 1, "source_kind": "check", "target": "sim:m2.RBV",
                             "error_class": "CheckFailedError", "message": "value 4 is not 7"}}""".formatted(ID)));
        Path steps = Files.writeString(dir.resolve("steps.json"), """
                [{"kind": "setpoint", "address": "sim:m2", "value": 4},
                 {"kind": "check", "address": "sim:m2.RBV", "criterion": {"kind": "equals", "expected": 7}}]""");

        Cora.Ran ran = cora("conduct", ID, steps.toString(), "--or-hold");

        assertThat(ran.exit()).as(ran.toString()).isEqualTo(4);
        assertThat(ran.out()).contains("Held after 1 step", "CheckFailedError", "cora conduct-from " + ID);
    }

    @Test
    void conductFromWithNoTerminalAndNoYesShowsTheResumePointAndSendsNothing() {
        service.on("GET " + PROCEDURE + "/resume-point", json(200, RESUME_POINT));

        Cora.Ran ran = cora("conduct-from", ID);

        assertThat(ran.exit()).as(ran.toString()).isEqualTo(2);
        assertThat(ran.out()).contains("would resume at step 2 of 2 (step_index 1), the step that failed",
                "check sim:m2.RBV equals 7");
        assertThat(ran.err()).contains("no terminal to ask on", "--yes");
        assertThat(service.requests()).extracting(FakeCoraService.Request::method).containsOnly("GET");
    }

    @Test
    void conductFromAsksAndOnlyYesProceeds() {
        service.on("GET " + PROCEDURE + "/resume-point", json(200, RESUME_POINT))
                .on("POST " + PROCEDURE + "/conduct-from", json(200, """
                        {"procedure_id": "%s", "completed_count": 1, "succeeded": true, "held": false,
                         "failure": null, "re_establishment_boundary": 1, "acquisition_halt": false}""".formatted(ID)));

        Cora.Ran declined = Cora.run(typing("n\n"), "--url", service.url(), "conduct-from", ID);
        Cora.Ran endOfInput = Cora.run(typing(""), "--url", service.url(), "conduct-from", ID);
        assertThat(service.requests()).extracting(FakeCoraService.Request::method).containsOnly("GET");
        Cora.Ran confirmed = Cora.run(typing("y\n"), "--url", service.url(), "conduct-from", ID, "--boundary", "0");

        assertThat(declined.exit()).isEqualTo(2);
        assertThat(declined.out()).contains("Proceed? [y/N] ", "Not resumed; nothing was changed.");
        assertThat(endOfInput.exit()).isEqualTo(2);
        assertThat(confirmed.exit()).as(confirmed.toString()).isZero();
        assertThat(confirmed.out()).contains("You asked to replay from step 1 of 2 (step_index 0) instead.",
                "Proceed? [y/N] ", "Completed: 1 step conducted.");
        assertThat(JsonParser.parse(service.requests().getLast().body()))
                .isEqualTo(JsonParser.parse("{\"re_establishment_boundary\": 0}"));
    }

    private Cora.Ran cora(String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = service.url();
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return Cora.run(withUrl);
    }

    private static CliContext typing(String answers) {
        return CliContext.scripted(Map.of(), new StringReader(answers));
    }

    private static String activity(int id, String payload) {
        return "event: activity\nid: " + id + "\ndata: {\"step_kind\": \"setpoint\", \"payload\": " + payload + "}\n\n";
    }
}
