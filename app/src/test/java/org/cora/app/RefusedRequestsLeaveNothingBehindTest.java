package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cora.domain.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RefusedRequestsLeaveNothingBehindTest extends CoraServerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON                 | {"steps": [                                                                  | 400 | MalformedRequestError | not JSON
            a body that is not an object   | [1, 2]                                                                       | 422 | InvalidRequestError   | must be a JSON object
            an unknown top-level field     | {"steps": [], "dry_run": true}                                               | 422 | InvalidRequestError   | unknown field 'dry_run'
            steps of the wrong type        | {"steps": "all of them"}                                                     | 422 | InvalidStepError      | steps must be an array
            an unknown step kind           | {"steps": [{"kind": "teleport", "address": "sim:m1"}]}                       | 422 | InvalidStepError      | unknown step kind: 'teleport'
            an unknown step field          | {"steps": [{"kind": "setpoint", "address": "sim:m1", "value": 1, "speed": 2}]} | 422 | InvalidStepError    | unknown field 'speed'
            a capture over HTTP            | {"steps": [{"kind": "capture", "address": "sim:m1", "capture_name": "home"}]} | 422 | InvalidStepError     | unknown step kind: 'capture'
            a value of the wrong type      | {"steps": [{"kind": "setpoint", "address": "sim:m1", "value": {"x": 1}}]}    | 422 | InvalidStepError      | steps[0].value
            a negative tolerance           | {"steps": [{"kind": "check", "address": "sim:m1", "criterion": {"kind": "within_tolerance", "expected": 1, "tolerance": -1}}]} | 422 | InvalidStepError | tolerance must be >= 0
            a pseudo-axis without a parent Run | {"steps": [{"kind": "setpoint", "address": "pseudoaxis://01960000-0000-7000-8000-00000000000a", "value": 8}]} | 409 | PartitionRuleNotFoundError | no parent Run
            a pseudo-axis address without a UUID | {"steps": [{"kind": "setpoint", "address": "pseudoaxis://gap", "value": 8}]} | 409 | AssetNotPseudoAxisError | expected pseudoaxis://<asset-uuid>
            a non-numeric pseudo-axis command | {"steps": [{"kind": "setpoint", "address": "pseudoaxis://01960000-0000-7000-8000-00000000000a", "value": "eight"}]} | 422 | PseudoAxisCommandNotNumericError | takes a number
            an unknown criterion           | {"steps": [{"kind": "check", "address": "sim:m1", "criterion": {"kind": "roughly", "expected": 1}}]} | 422 | InvalidStepError | unknown criterion kind: 'roughly'
            """)
    void aRefusedConductAppendsNothingAnywhere(String what, String body, int status, String errorClass, String detail) {
        String id = register("refused: " + what);

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", body);

        assertRefused(reply, status, errorClass, detail);
        assertUntouched(id);
    }

    @Test
    void moreThanFiveHundredStepsAreRefusedAndNothingIsAppended() {
        String id = register("too long");
        String steps = IntStream.range(0, 501)
                .mapToObj(i -> "{\"kind\":\"setpoint\",\"address\":\"sim:m1\",\"value\":" + i + "}")
                .collect(Collectors.joining(",", "{\"steps\":[", "]}"));

        assertRefused(http.post("/procedures/" + id + "/conduct", steps), 422, "InvalidRequestError", "at most 500");
        assertUntouched(id);
    }

    @Test
    void registrationRefusesABlankNameAndAnUnknownField() {
        assertRefused(http.post("/procedures", "{\"name\": \"   \", \"kind\": \"bakeout\"}"), 400,
                "InvalidProcedureNameError", "1..200");
        assertRefused(http.post("/procedures", "{\"name\": \"x\", \"kind\": \"" + "k".repeat(51) + "\"}"), 400,
                "InvalidProcedureKindError", "1..50");
        assertRefused(http.post("/procedures", "{\"name\": \"x\", \"kind\": \"bakeout\", \"colour\": 1}"), 422,
                "InvalidRequestError", "unknown field 'colour'");
        assertRefused(http.post("/procedures", "{\"name\": \"x\", \"kind\": \"bakeout\", \"target_asset_ids\": [\"nope\"]}"),
                422, "InvalidRequestError", "target_asset_ids[0] must be a UUID");
    }

    @Test
    void anUnknownProcedureIsNotFoundOnEveryRoute() {
        String unknown = "/procedures/0190a4b0-0000-7000-8000-000000000000";
        for (HttpSession.Reply reply : java.util.List.of(http.get(unknown), http.get(unknown + "/activities"),
                http.get(unknown + "/events"), http.post(unknown + "/start", null),
                http.post(unknown + "/conduct", "{\"steps\": []}"), http.post(unknown + "/abort", "{\"reason\": \"r\"}"))) {
            assertRefused(reply, 404, "ProcedureNotFoundError", "not found");
        }
        assertRefused(http.get("/procedures/not-a-uuid"), 400, "MalformedRequestError", "procedure_id must be a UUID");
    }

    @Test
    void lifecycleRoutesAnswer204AndRefuseIllegalTransitionsWith409() {
        String id = register("lifecycle");
        assertThat(http.post("/procedures/" + id + "/complete", null).status()).isEqualTo(409);
        assertThat(http.post("/procedures/" + id + "/start", null).status()).isEqualTo(204);
        assertRefused(http.post("/procedures/" + id + "/start", null), 409, "ProcedureCannotStartError", "Running");
        assertRefused(http.post("/procedures/" + id + "/abort", "{\"reason\": \"  \"}"), 400,
                "InvalidProcedureAbortReasonError", "1..500");
        assertRefused(http.post("/procedures/" + id + "/truncate", "{\"reason\": \"beam dump\", \"interrupted_at\": \"2999-01-01T00:00:00Z\"}"),
                400, "InvalidProcedureInterruptedAtError", "future");
        assertThat(http.post("/procedures/" + id + "/truncate", "{\"reason\": \"beam dump\"}").status()).isEqualTo(204);
        assertRefused(http.post("/procedures/" + id + "/abort", "{\"reason\": \"late\"}"), 409,
                "ProcedureCannotAbortError", "Truncated");
        assertThat(http.get("/procedures/" + id).json().get("status")).contains(Json.str("Truncated"));
    }

    private void assertUntouched(String id) {
        assertThat(items("/procedures/" + id + "/events")).extracting(e -> text(e, "event_type"))
                .containsExactly("ProcedureRegistered");
        assertThat(items("/procedures/" + id + "/activities")).isEmpty();
        assertThat(http.get("/procedures/" + id).json().get("status")).contains(Json.str("Defined"));
    }

    private static void assertRefused(HttpSession.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
    }
}
