package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cora.domain.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every refused hold, resume and conduct-from answers a clear problem and changes no event, row or status. */
class RefusedResumeRequestsLeaveNothingBehindTest extends CoraServerTest {

    @Test
    void conductFromRefusesAProcedureThatIsNotHeldWhateverItsStatus() {
        String defined = register("never started");
        String running = register("started by hand");
        assertThat(http.post("/procedures/" + running + "/start", null).status()).isEqualTo(204);
        String completed = register("already done");
        assertThat(http.post("/procedures/" + completed + "/conduct",
                "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m1\", \"value\": 2}]}").status()).isEqualTo(200);

        for (String id : List.of(defined, running, completed)) {
            String before = status(id);
            Snapshot untouched = snapshot(id);

            HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{}");

            assertRefused(reply, 409, "ProcedureCannotResumeError", before);
            assertThat(snapshot(id)).isEqualTo(untouched);
        }
        assertThat(List.of(status(defined), status(running), status(completed)))
                .containsExactly("Defined", "Running", "Completed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a negative boundary            | {"re_establishment_boundary": -1}       | 400 | InvalidProcedureReEstablishmentBoundaryError | 0 or more
            a boundary past the pinned list | {"re_establishment_boundary": 4}       | 400 | InvalidProcedureReEstablishmentBoundaryError | 3 steps
            a huge boundary                | {"re_establishment_boundary": 9000000000} | 400 | InvalidProcedureReEstablishmentBoundaryError | 3 steps
            a fractional boundary          | {"re_establishment_boundary": 1.5}      | 422 | InvalidRequestError | must be an integer
            a boundary that is a string    | {"re_establishment_boundary": "two"}    | 422 | InvalidRequestError | must be an integer
            restore_captures not a boolean | {"restore_captures": "yes"}             | 422 | InvalidRequestError | must be a boolean
            an unknown field               | {"re_establishment_boundary": 1, "skip_checks": true} | 422 | InvalidRequestError | unknown field 'skip_checks'
            a body that is not JSON        | {"re_establishment_boundary":           | 400 | MalformedRequestError | not JSON
            """)
    void conductFromRefusesABadRequestOnAHeldProcedureAndLeavesItHeld(String what, String body, int status,
                                                                     String errorClass, String detail) {
        String id = heldOnAFailedCheck("refused conduct-from: " + what);
        Snapshot untouched = snapshot(id);

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", body);

        assertRefused(reply, status, errorClass, detail);
        assertThat(snapshot(id)).isEqualTo(untouched);
        assertThat(status(id)).isEqualTo("Held");
    }

    @Test
    void aHeldProcedureWithoutAPinIsACorruptionErrorAndNothingIsAppended() {
        String id = register("held by hand, never conducted");
        assertThat(http.post("/procedures/" + id + "/start", null).status()).isEqualTo(204);
        assertThat(http.post("/procedures/" + id + "/hold", "{\"reason\": \"shift change\"}").status()).isEqualTo(204);
        Snapshot untouched = snapshot(id);

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertRefused(reply, 500, "ResolvedStepsRecordNotFoundError", id);
        assertThat(snapshot(id)).isEqualTo(untouched);
        assertThat(untouched.eventTypes()).containsExactly("ProcedureRegistered", "ProcedureStarted", "ProcedureHeld");
        assertThat(status(id)).isEqualTo("Held");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no body                 | ``                      | 400 | InvalidProcedureHoldReasonError | 1..500
            no reason               | {}                      | 400 | InvalidProcedureHoldReasonError | 1..500
            a blank reason          | {"reason": "   "}       | 400 | InvalidProcedureHoldReasonError | 1..500
            a reason over 500 chars | `{"reason": "%501"}`    | 400 | InvalidProcedureHoldReasonError | 1..500
            a reason not a string   | {"reason": 7}           | 422 | InvalidRequestError             | reason must be a string
            an unknown field        | {"reason": "r", "at": 1} | 422 | InvalidRequestError            | unknown field 'at'
            """)
    void holdRefusesAMissingOrBadReasonAndLeavesTheProcedureRunning(String what, String body, int status,
                                                                    String errorClass, String detail) {
        String id = register("refused hold: " + what);
        assertThat(http.post("/procedures/" + id + "/start", null).status()).isEqualTo(204);
        Snapshot untouched = snapshot(id);

        HttpSession.Reply reply = http.post("/procedures/" + id + "/hold",
                body == null ? null : body.replace("%501", "r".repeat(501)));

        assertRefused(reply, status, errorClass, detail);
        assertThat(snapshot(id)).isEqualTo(untouched);
        assertThat(status(id)).isEqualTo("Running");
    }

    @Test
    void holdRefusesAProcedureThatIsNotRunning() {
        String defined = register("hold before start");
        String held = heldOnAFailedCheck("hold twice");

        for (String id : List.of(defined, held)) {
            String before = status(id);
            Snapshot untouched = snapshot(id);

            assertRefused(http.post("/procedures/" + id + "/hold", "{\"reason\": \"pause\"}"), 409,
                    "ProcedureCannotHoldError", before);
            assertThat(snapshot(id)).isEqualTo(untouched);
            assertThat(status(id)).isEqualTo(before);
        }
    }

    @Test
    void resumeRefusesARunningProcedureABadBoundaryAndAMissingOne() {
        String running = register("resume while running");
        assertThat(http.post("/procedures/" + running + "/start", null).status()).isEqualTo(204);
        String held = heldOnAFailedCheck("resume with a bad boundary");
        Snapshot runningBefore = snapshot(running);
        Snapshot heldBefore = snapshot(held);

        assertRefused(http.post("/procedures/" + running + "/resume", "{\"re_establishment_boundary\": 0}"), 409,
                "ProcedureCannotResumeError", "Running");
        assertRefused(http.post("/procedures/" + held + "/resume", "{\"re_establishment_boundary\": -1}"), 400,
                "InvalidProcedureReEstablishmentBoundaryError", "0 or more");
        assertRefused(http.post("/procedures/" + held + "/resume", "{\"re_establishment_boundary\": 0.5}"), 422,
                "InvalidRequestError", "must be an integer");
        assertRefused(http.post("/procedures/" + held + "/resume", "{}"), 422,
                "InvalidRequestError", "re_establishment_boundary is required");

        assertThat(snapshot(running)).isEqualTo(runningBefore);
        assertThat(snapshot(held)).isEqualTo(heldBefore);
        assertThat(List.of(status(running), status(held))).containsExactly("Running", "Held");
    }

    @Test
    void aBareResumeFlipsHeldToRunningAndReplaysNothing() {
        String id = heldOnAFailedCheck("bare resume");
        List<Json> rowsBefore = items("/procedures/" + id + "/activities");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/resume", "{\"re_establishment_boundary\": 1}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("Running");
        assertThat(items("/procedures/" + id + "/activities")).isEqualTo(rowsBefore);
        assertThat(eventTypes(id)).endsWith("ProcedureHeld", "ProcedureResumed");
        assertRefused(http.post("/procedures/" + id + "/conduct-from", "{}"), 409, "ProcedureCannotResumeError",
                "Running");
    }

    @Test
    void theResumePointOfAProcedureNeverStartedIsRefused() {
        String id = register("no resume point yet");

        assertRefused(http.get("/procedures/" + id + "/resume-point"), 409, "ProcedureCannotResumeError", "Defined");
        assertRefused(http.get("/procedures/0190a4b0-0000-7000-8000-000000000000/resume-point"), 404,
                "ProcedureNotFoundError", "not found");
        assertThat(eventTypes(id)).containsExactly("ProcedureRegistered");
    }

    @Test
    void anUnknownProcedureIsNotFoundOnTheResumeRoutes() {
        String unknown = "/procedures/0190a4b0-0000-7000-8000-000000000001";
        for (HttpSession.Reply reply : List.of(http.post(unknown + "/hold", "{\"reason\": \"r\"}"),
                http.post(unknown + "/resume", "{\"re_establishment_boundary\": 0}"),
                http.post(unknown + "/conduct-from", "{}"),
                http.post(unknown + "/conduct-or-hold", "{\"steps\": []}"))) {
            assertRefused(reply, 404, "ProcedureNotFoundError", "not found");
        }
    }

    private String heldOnAFailedCheck(String name) {
        String id = register(name);
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold",
                ConductOrHoldOverHttpTest.FAILING_CHECK_THEN_COUNT);
        assertThat(reply.json().get("held")).as(reply.toString()).contains(Json.bool(true));
        return id;
    }

    /** What a refused request must not change: the stream, the journal and the Procedure as read. */
    record Snapshot(List<Json> events, List<Json> rows, Json.Obj procedure) {

        List<String> eventTypes() {
            return events.stream().map(e -> text(e, "event_type")).toList();
        }
    }

    private Snapshot snapshot(String id) {
        return new Snapshot(items("/procedures/" + id + "/events"), items("/procedures/" + id + "/activities"),
                http.get("/procedures/" + id).json());
    }

    static void assertRefused(HttpSession.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
    }
}
