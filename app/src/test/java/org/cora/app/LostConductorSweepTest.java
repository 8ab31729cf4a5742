package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cora.app.HoldAtAStepBoundaryOverHttpTest.steps;
import static org.cora.app.RefusedResumeRequestsLeaveNothingBehindTest.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.conduct.ConductSession;
import org.cora.application.conduct.LostConductorSweep;
import org.cora.application.features.appendprocedureactivities.AppendProcedureActivitiesHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.appendprocedureactivities.ActivityEntry;
import org.cora.domain.features.appendprocedureactivities.AppendProcedureActivitiesCommand;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.ActionStep;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Procedure a conductor started and nobody walks any more is held with the reason
 * {@code conductor lost}; one a conductor still walks, however slowly, never is. The sweep runs
 * when the test calls it (the periodic watch is asleep on this class's database).
 */
class LostConductorSweepTest extends SweepControlledServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @Autowired
    LostConductorSweep sweep;

    @Autowired
    ConductPreparation preparation;

    @Autowired
    ProcedureStreams streams;

    @Autowired
    StartProcedureHandler start;

    @Autowired
    AppendProcedureActivitiesHandler append;

    @Autowired
    ConductSession conductSession;

    @BeforeEach
    void nothingLeftOverFromEarlierTestsOnThisDatabase() {
        sweep.sweep();
    }

    @Test
    void aProcedureWhoseConductorDiedMidSetpointIsHeldOnceAtThatStep() {
        String id = runningUnderAConductorThatDiedMidSetpoint("conductor lost mid-setpoint");

        int held = sweep.sweep();

        assertThat(held).isEqualTo(1);
        assertThat(status(id)).isEqualTo("Held");
        List<Json> events = items("/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureHeld");
        Json heldEvent = events.getLast();
        assertThat(text(heldEvent, "principal")).isEqualTo("cora:watchdog");
        assertThat(text(field(heldEvent, "payload"), "reason")).isEqualTo("conductor lost");
        assertThat(field(field(heldEvent, "payload"), "resume_point")).isEqualTo(JsonParser.parse("""
                {"re_establishment_boundary": 0, "reason": "in_flight",
                 "step": {"kind": "setpoint", "address": "sim:m1", "value": 5, "verify": false},
                 "step_count": 2, "halts_at_acquisition": true}"""));

        assertThat(sweep.sweep()).isZero();
        assertThat(items("/procedures/" + id + "/events")).isEqualTo(events);
    }

    @Test
    void aProcedureHeldForALostConductorResumesFromTheInFlightStep() {
        String id = runningUnderAConductorThatDiedMidSetpoint("resumed after a lost conductor");
        assertThat(sweep.sweep()).isEqualTo(1);

        HttpSession.Reply point = http.get("/procedures/" + id + "/resume-point");
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", "{}");

        assertThat(field(point.json(), "re_establishment_boundary")).isEqualTo(Json.num(0));
        assertThat(text(point.json(), "reason")).isEqualTo("in_flight");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("re_establishment_boundary")).contains(Json.num(0));
        assertThat(reply.json().get("completed_count")).contains(Json.num(1));
        assertThat(reply.json().get("acquisition_halt")).contains(Json.bool(true));
        assertThat(steps(items("/procedures/" + id + "/activities"))).containsExactly("0 in_flight", "0 in_flight", "0 ok");
        assertThat(status(id)).isEqualTo("Running");
        assertThat(sweep.sweep()).as("a Procedure halted at an action waits for its operator").isZero();
        assertThat(status(id)).isEqualTo("Running");
    }

    @Test
    void aSlowButLiveConductorIsNeverTakenForALostOne() throws Exception {
        String id = register("slow but alive");
        CompletableFuture<HttpSession.Reply> conduct = http.postAsync("/procedures/" + id + "/conduct", """
                {"steps": [
                  {"kind": "setpoint", "address": "sim:m1", "value": 6},
                  {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 2}},
                  {"kind": "setpoint", "address": "sim:m1", "value": 7}
                ]}""");
        eventually(DEADLINE, "the count's in_flight marker", () ->
                steps(items("/procedures/" + id + "/activities")).contains("1 in_flight") ? Optional.of(true) : Optional.empty());

        int sweeps = 0;
        while (!conduct.isDone()) {
            assertThat(sweep.sweep()).as("sweep %d during the walk", sweeps).isZero();
            sweeps++;
        }

        HttpSession.Reply reply = conduct.get(30, TimeUnit.SECONDS);
        assertThat(sweeps).isPositive();
        assertThat(reply.json().get("succeeded")).as(reply.toString()).contains(Json.bool(true));
        assertThat(eventTypes(id)).doesNotContain("ProcedureHeld", "ProcedureHoldRequested").endsWith("ProcedureCompleted");
        assertThat(steps(items("/procedures/" + id + "/activities")))
                .containsExactly("0 in_flight", "0 ok", "1 in_flight", "1 ok", "2 in_flight", "2 ok");
    }

    @Test
    void aProcedureWhoseLockAnotherSessionHoldsIsNeitherSweptNorConductedUntilItIsReleased() throws Exception {
        String id = runningUnderAConductorThatDiedMidSetpoint("walked elsewhere");
        ProcedureId procedure = procedureId(id);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> elsewhere = CompletableFuture.supplyAsync(() -> conductSession.exclusively(procedure, () -> {
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        List<Json> events = items("/procedures/" + id + "/events");
        List<Json> rows = items("/procedures/" + id + "/activities");

        int whileLocked = sweep.sweep();
        HttpSession.Reply conductFrom = http.post("/procedures/" + id + "/conduct-from", "{}");
        HttpSession.Reply conduct = http.post("/procedures/" + id + "/conduct",
                "{\"steps\": [{\"kind\": \"setpoint\", \"address\": \"sim:m1\", \"value\": 8}]}");
        release.countDown();
        elsewhere.get(10, TimeUnit.SECONDS);

        assertThat(whileLocked).isZero();
        assertRefused(conductFrom, 409, "ProcedureConductInProgressError", "nothing was done");
        assertRefused(conduct, 409, "ProcedureConductInProgressError", "nothing was done");
        assertThat(items("/procedures/" + id + "/events")).isEqualTo(events);
        assertThat(items("/procedures/" + id + "/activities")).isEqualTo(rows);
        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(status(id)).isEqualTo("Held");
    }

    /**
     * What a conductor leaves behind when its process dies while a setpoint is being written: the
     * pin, a start issued through the Conductor, and the setpoint's in-flight marker; and no lock.
     */
    private String runningUnderAConductorThatDiedMidSetpoint(String name) {
        String id = register(name);
        ProcedureId procedure = procedureId(id);
        Caller conductor = new Caller("operator:test", UUID.randomUUID()).viaConductor();
        List<Step> steps = List.of(new SetpointStep("sim:m1", new SetpointValue.Literal(Json.num(5)), false),
                new ActionStep("count", (Json.Obj) JsonParser.parse("{\"detector\": \"sim:det\", \"seconds\": 0.05}")));
        preparation.resolveAndPinDurably(streams.load(procedure), steps, conductor, "ConductProcedure");
        start.handle(new StartProcedureCommand(procedure), conductor);
        Json.Obj marker = (Json.Obj) JsonParser.parse("""
                {"address": "sim:m1", "value": 5, "step_index": 0, "result": "in_flight"}""");
        append.handle(new AppendProcedureActivitiesCommand(procedure,
                List.of(new ActivityEntry(UUID.randomUUID(), "setpoint", marker, Instant.now(), null))), conductor);
        assertThat(status(id)).isEqualTo("Running");
        return id;
    }

    private static ProcedureId procedureId(String id) {
        return new ProcedureId(UUID.fromString(id));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
