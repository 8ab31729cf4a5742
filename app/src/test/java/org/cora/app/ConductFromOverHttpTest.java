package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cora.app.HoldAtAStepBoundaryOverHttpTest.steps;
import static org.cora.app.RefusedResumeRequestsLeaveNothingBehindTest.assertRefused;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.cora.application.conduct.LostConductorSweep;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureCommand;
import org.cora.application.features.conductorholdprocedure.ConductOrHoldProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.CaptureStep;
import org.cora.domain.step.CheckStep;
import org.cora.domain.step.EqualsCriterion;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Resuming a Held Procedure from its pinned list over HTTP: the tail replayed, halted at an action, or refused. */
class ConductFromOverHttpTest extends SweepControlledServerTest {

    @Autowired
    ConductOrHoldProcedureHandler conductOrHold;

    @Autowired
    LostConductorSweep sweep;

    @Test
    void withoutABoundaryItReplaysTheFailedCheckWhichFailsAgainAndAborts() {
        String id = heldOnAFailedCheck("replay the failed check");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("re_establishment_boundary")).contains(Json.num(1));
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("held")).contains(Json.bool(false));
        assertThat(result.get("acquisition_halt")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(0));
        Json failure = result.get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(1));
        assertThat(text(failure, "error_class")).isEqualTo("CheckFailedError");
        assertThat(field(result.get("resume_point").orElseThrow(), "reason")).isEqualTo(Json.str("failed"));

        assertThat(steps(items("/procedures/" + id + "/activities")))
                .containsExactly("0 in_flight", "0 ok", "1 failed", "1 failed");
        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureHeld",
                "ProcedureResumed", "ProcedureAborted");
        assertThat(field(field(events.get(5), "payload"), "re_establishment_boundary")).isEqualTo(Json.num(1));
        assertThat(text(field(events.get(6), "payload"), "reason"))
                .isEqualTo("check[1] sim:m1.RBV failed: CheckFailedError: " + text(failure, "message"));
        assertThat(status(id)).isEqualTo("Aborted");
    }

    @Test
    void anExplicitBoundaryAtAnActionHaltsForTheOperatorRecordsNothingForItAndStaysRunning() {
        String id = heldOnAFailedCheck("halt at the count");
        List<Json> rowsBefore = items("/procedures/" + id + "/activities");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{\"re_establishment_boundary\": 2}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj result = reply.json();
        assertThat(result.get("acquisition_halt")).contains(Json.bool(true));
        assertThat(result.get("succeeded")).contains(Json.bool(false));
        assertThat(result.get("held")).contains(Json.bool(false));
        assertThat(result.get("completed_count")).contains(Json.num(0));
        assertThat(result.get("re_establishment_boundary")).contains(Json.num(2));
        Json failure = result.get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(2));
        assertThat(text(failure, "source_kind")).isEqualTo("action");
        assertThat(text(failure, "target")).isEqualTo("count");
        assertThat(text(failure, "error_class")).isEqualTo("AcquisitionResumeRequiresOperator");
        assertThat(text(failure, "message")).startsWith("resume halted at step 2 (action 'count')");
        assertThat(result.get("resume_point").orElseThrow())
                .satisfies(point -> assertThat(field(point, "re_establishment_boundary")).isEqualTo(Json.num(1)));

        assertThat(items("/procedures/" + id + "/activities")).isEqualTo(rowsBefore);
        List<Json> events = items("/procedures/" + id + "/events");
        List<String> types = events.stream().map(e -> text(e, "event_type")).toList();
        assertThat(types.subList(0, 6)).containsExactly("ProcedureRegistered", "ResolvedStepsRecorded",
                "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureHeld", "ProcedureResumed");
        assertThat(types).doesNotContain("ProcedureCompleted", "ProcedureAborted").containsOnlyOnce("ProcedureHeld");
        assertThat(field(field(events.get(5), "payload"), "re_establishment_boundary")).isEqualTo(Json.num(2));
        assertThat(status(id)).isEqualTo("Running");
    }

    @Test
    void aProcedureHaltedAtAnActionIsWaitingForItsOperatorNotLostAndTheOperatorCanSkipTheAction() {
        String id = heldOnAFailedCheck("halted, then skipped by the operator");
        http.post("/procedures/" + id + "/conduct-from", "{\"re_establishment_boundary\": 2}");
        List<String> halted = eventTypes(id);

        int held = sweep.sweep();

        assertThat(held).isZero();
        assertThat(status(id)).isEqualTo("Running");
        assertThat(eventTypes(id)).isEqualTo(halted);

        assertThat(http.post("/procedures/" + id + "/hold", "{\"reason\": \"count redone by hand\"}").status())
                .isEqualTo(204);
        HttpSession.Reply skipped = http.post("/procedures/" + id + "/conduct-from", "{\"re_establishment_boundary\": 3}");

        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
        assertThat(skipped.json().get("succeeded")).contains(Json.bool(true));
        assertThat(skipped.json().get("completed_count")).contains(Json.num(0));
        assertThat(skipped.json().get("actuation_kind")).contains(Json.str("Simulated"));
        assertThat(eventTypes(id)).endsWith("ProcedureHeld", "ProcedureResumed", "ProcedureCompleted");
        assertThat(steps(items("/procedures/" + id + "/activities"))).containsExactly("0 in_flight", "0 ok", "1 failed");
        assertThat(status(id)).isEqualTo("Completed");
    }

    @Test
    void aTamperedPinIsRefusedAndNothingIsResumedOrReplayed() throws SQLException {
        String id = heldOnAFailedCheck("tampered pin");
        tamperWithThePin(id);
        assertThat(storedPin(id)).startsWith("[{\"kind\": \"setpoint\", \"value\": 11,");
        List<Json> events = items("/procedures/" + id + "/events");
        List<Json> rows = items("/procedures/" + id + "/activities");

        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertRefused(reply, 500, "ResolvedStepsDigestMismatchError", "refusing to replay it");
        assertThat(items("/procedures/" + id + "/events")).isEqualTo(events);
        assertThat(items("/procedures/" + id + "/activities")).isEqualTo(rows);
        assertThat(status(id)).isEqualTo("Held");
        assertRefused(http.post("/procedures/" + id + "/conduct-from", "{\"re_establishment_boundary\": 0}"), 500,
                "ResolvedStepsDigestMismatchError", id);
        assertThat(eventTypes(id)).doesNotContain("ProcedureResumed");
    }

    @Test
    void aCaptureTakenBeforeTheBoundaryIsLostOnResumeUnlessTheOperatorAsksToRestoreIt() {
        conductOverHttp("{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m2\", \"value\": -3.5}]}");
        String forgotten = heldAfterCapturingHome("capture not restored");
        conductOverHttp("{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m2\", \"value\": -3.5}]}");
        String restored = heldAfterCapturingHome("capture restored");

        HttpSession.Reply lost = http.post("/procedures/" + forgotten + "/conduct-from",
                "{\"re_establishment_boundary\": 3}");
        HttpSession.Reply kept = http.post("/procedures/" + restored + "/conduct-from",
                "{\"re_establishment_boundary\": 3, \"restore_captures\": true}");

        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
        Json failure = lost.json().get("failure").orElseThrow();
        assertThat(field(failure, "step_index")).isEqualTo(Json.num(3));
        assertThat(text(failure, "error_class")).isEqualTo("UnresolvedCaptureRef");
        List<Json> lostRows = items("/procedures/" + forgotten + "/activities");
        assertThat(steps(lostRows)).endsWith("2 failed", "3 failed");
        assertThat(field(lostRows.getLast(), "payload")).isEqualTo(JsonParser.parse("""
                {"address": "sim:m2", "capture_ref": "home", "step_index": 3, "result": "failed",
                 "error_class": "UnresolvedCaptureRef",
                 "message": "capture 'home' was not taken earlier in this conduct; nothing was written"}"""));
        assertThat(status(forgotten)).isEqualTo("Aborted");

        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().get("succeeded")).contains(Json.bool(true));
        assertThat(kept.json().get("completed_count")).contains(Json.num(1));
        List<Json> keptRows = items("/procedures/" + restored + "/activities");
        Json captured = field(field(keptRows.getFirst(), "payload"), "captured_value");
        assertThat(captured).isEqualTo(Json.num(-3.5));
        assertThat(steps(keptRows)).containsExactly("0 ok", "1 in_flight", "1 ok", "2 failed", "3 in_flight", "3 ok");
        assertThat(keptRows.subList(4, 6)).allSatisfy(row -> {
            assertThat(field(field(row, "payload"), "value")).isEqualTo(captured);
            assertThat(field(field(row, "payload"), "capture_ref")).isEqualTo(Json.str("home"));
            assertThat(text(row, "actor_id")).isEqualTo("operator:ada");
        });
        assertThat(status(restored)).isEqualTo("Completed");
    }

    private String heldOnAFailedCheck(String name) {
        String id = register(name);
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-or-hold",
                ConductOrHoldOverHttpTest.FAILING_CHECK_THEN_COUNT);
        assertThat(reply.json().get("held")).as(reply.toString()).contains(Json.bool(true));
        return id;
    }

    /** Capture steps cannot be sent over HTTP, so this conduct runs in-process, through the slice's handler. */
    private String heldAfterCapturingHome(String name) {
        String id = register(name);
        List<Step> steps = List.of(
                new CaptureStep("sim:m2", "home"),
                new SetpointStep("sim:m2", new SetpointValue.Literal(Json.num(7)), false),
                new CheckStep("sim:m2.RBV", new EqualsCriterion(Json.num(99))),
                new SetpointStep("sim:m2", new SetpointValue.CaptureRef("home"), false));

        ConductorResult result = conductOrHold.handle(new ConductOrHoldProcedureCommand(
                new ProcedureId(UUID.fromString(id)), steps), new Caller("operator:test", UUID.randomUUID()));

        assertThat(result.held()).as(result.toString()).isTrue();
        assertThat(result.failure().stepIndex()).isEqualTo(2);
        assertThat(status(id)).isEqualTo("Held");
        return id;
    }

    /** The pin as stored; the events route may answer from the service's cache of (immutable) events. */
    private String storedPin(String id) throws SQLException {
        try (Connection connection = testDatabase().getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     SELECT payload->>'resolved_steps' FROM events
                      WHERE stream_type = 'Procedure' AND stream_id = ? AND event_type = 'ResolvedStepsRecorded'""")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet pin = select.executeQuery()) {
                assertThat(pin.next()).isTrue();
                return pin.getString(1);
            }
        }
    }

    private void conductOverHttp(String body) {
        String id = register("move sim:m2");
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", body);
        assertThat(reply.json().get("succeeded")).as(reply.toString()).contains(Json.bool(true));
    }

    /**
     * Rewrites the first pinned setpoint's value from 10 to 11, as the table's owner with its
     * append-only trigger off for this one transaction, and shows the trigger is back afterwards.
     */
    private void tamperWithThePin(String id) throws SQLException {
        try (Connection connection = testDatabase().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement ddl = connection.createStatement();
                 PreparedStatement update = connection.prepareStatement("""
                         UPDATE events SET payload = jsonb_set(payload, '{resolved_steps,0,value}', '11'::jsonb)
                          WHERE stream_type = 'Procedure' AND stream_id = ? AND event_type = 'ResolvedStepsRecorded'""")) {
                ddl.execute("ALTER TABLE events DISABLE TRIGGER events_append_only");
                update.setObject(1, UUID.fromString(id));
                assertThat(update.executeUpdate()).isEqualTo(1);
                ddl.execute("ALTER TABLE events ENABLE TRIGGER events_append_only");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            try (Statement again = connection.createStatement()) {
                assertThatThrownBy(() -> again.executeUpdate("UPDATE events SET principal = principal"))
                        .hasMessageContaining("append-only");
            }
        }
    }
}
