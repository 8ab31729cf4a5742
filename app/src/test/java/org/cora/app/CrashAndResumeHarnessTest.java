package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cora.adapters.postgres.PostgresTestDatabase;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash test, not a promise (issue 3, section 2, point 6): the real service in a process of its
 * own is killed with SIGKILL in the middle of a long walk, started again, and must hold the
 * Procedure as {@code conductor lost}, name the right resume point, and finish the walk with
 * {@code conduct-from} so that every step ran exactly once and the beamline ends where an
 * uninterrupted walk leaves it.
 *
 * <p><b>Set-up.</b> The database is an external PostgreSQL from {@link PostgresTestDatabase} (a
 * fresh database on the test JVM's server), passed with {@code --cora.database.url}: it outlives
 * every service process and needs no PostgreSQL restart per kill (orphan recovery of the embedded
 * default is {@link ServiceRestartKeepsEverythingTest}'s job). The lost-conductor sweep runs every
 * second. The beamline is a {@link StageBeamline} model file (six motors with 50 to 150 ms write
 * latency, readbacks, a detector); the simulated beamline lives inside the service and forgets
 * everything when the process dies, so before each restart the harness writes the model with the
 * positions a real stage would have kept, read off the journal the killed conductor left in the
 * database: every setpoint journaled {@code ok} landed, and a setpoint whose {@code in_flight}
 * marker got no outcome stopped a seeded random fraction of the way. The walk is a
 * {@link StageScan}: the acquisition first, then 47 setpoints and checks, some of them checks of
 * motors set earlier in the walk. Captures are not part of it: HTTP refuses them.
 *
 * <p><b>Each kill.</b> A fresh seed (from {@code -Dcora.crash.seed}, else a random base seed; both
 * printed) draws the kill moment, stratified so that kill {@code i} of {@code N} falls within the
 * {@code i}-th {@code N}-th of the walk's shortest duration (counted from the moment the
 * Procedure is Running), and the fraction of an interrupted move. The conduct is sent
 * asynchronously (its HTTP call dies with the process); after the kill and the restart the
 * harness waits at most 15 s for {@code conductor lost}, checks the resume point against the last
 * conductor row of the journal, and calls {@code conduct-from} without a boundary.
 *
 * <p><b>The acquisition halt.</b> A replay never re-runs an action, and Cora offers no route to
 * run one step on its own, so the harness puts the single action first: a kill after its
 * {@code ok} row resumes without a halt, and a kill before it (the first of ten kills falls in the
 * walk's first 275 ms, within the 300 ms count) resumes at step 0 and halts there, leaving the
 * Procedure Running with {@code ProcedureAcquisitionHalted}. The harness then checks that the
 * sweep leaves a halted Procedure alone for longer than a sweep interval, and decides as the
 * operator would for an interrupted count that is not to be redone: it holds the Procedure with the reason
 * {@value #OPERATOR_SKIPS_THE_ACQUISITION} and conducts from boundary 1. That acquisition then has
 * no {@code ok} row, and the checks below expect exactly that.
 *
 * <p><b>What is verified</b>, per kill: the journal is exactly the rows of the steps before the
 * boundary, the unanswered {@code in_flight} marker when the kill came mid-effect, then the rows
 * of the replayed steps; hence every step index has exactly one {@code ok} row (none for a skipped
 * acquisition), every {@code in_flight} marker is answered by the next row of its index except at
 * most one per crash (the last row written before it), no row failed, no {@code event_id} repeats,
 * the rows written before the kill are all still there in the same order, and the row count is the
 * walk's plus one unanswered marker minus a skipped acquisition's two rows. The events are, in
 * version order: registered, pinned, started, held {@code conductor lost} by the watchdog with the
 * resume point that the route reports, resumed at that boundary, [acquisition halted, held by the
 * operator, resumed at 1,] completed, with the logbook opened once. Finally a read-only Procedure
 * of {@code equals} checks reads every motor's readback, and the readings must equal those after
 * an uninterrupted reference walk made at the start.
 */
class CrashAndResumeHarnessTest {

    static final String OPERATOR_SKIPS_THE_ACQUISITION =
            "operator: the count interrupted by the crash is not redone; resume after it";
    private static final String CONDUCTOR_LOST = "conductor lost";
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);
    private static final Duration CONDUCTOR_LOST_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path work;

    private final StageScan scan = new StageScan();
    private final StageBeamline beamline = new StageBeamline();
    private final ExecutorService conducts = Executors.newSingleThreadExecutor();
    private PostgresTestDatabase.TestDb database;
    private ServiceProcess service;
    private HttpSession http;

    /**
     * One kill: when, where the walk resumed, and how long the service took to see the conductor was
     * gone: {@code heldAfterReady} is the watchdog's {@code ProcedureHeld} (its recorded time) counted
     * from the moment the restarted service answered HTTP (negative: the start-up sweep held it
     * before the port opened), {@code seenAfterReady} when the harness's polling first saw Held.
     */
    record Crash(long seed, long killAfterMillis, int boundary, String reason, boolean acquisitionSkipped,
                 Duration restart, Duration heldAfterReady, Duration seenAfterReady, Duration heldAfterKill) {
    }

    @Test
    void everyKillMidWalkIsHeldAsConductorLostAndConductFromFinishesTheWalkWithEveryStepOnce() throws Exception {
        long baseSeed = Long.getLong("cora.crash.seed", new SecureRandom().nextLong());
        int kills = Integer.getInteger("cora.crash.kills", 10);
        System.out.printf("crash harness: base seed=%d, %d kills (replay with -Dcora.crash.seed=%d)%n",
                baseSeed, kills, baseSeed);
        Random seeds = new Random(baseSeed);
        Instant began = Instant.now();
        List<Crash> crashes = new ArrayList<>();
        database = PostgresTestDatabase.shared().freshDatabase();
        try {
            startService();
            Map<String, Json> reference = referenceWalk();
            for (int i = 0; i < kills; i++) {
                crashes.add(killMidWalkAndResume(i, kills, seeds.nextLong(), reference));
            }
            assertThat(service.stop()).as("exit code of an orderly stop").isIn(0, 143);
        } finally {
            if (service != null) {
                service.kill();
            }
            conducts.shutdownNow();
            database.close();
        }
        printSummary(crashes, Duration.between(began, Instant.now()));
        assertThat(crashes).hasSize(kills);
    }

    private Map<String, Json> referenceWalk() {
        String id = register("uninterrupted reference walk");
        Instant started = Instant.now();
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", scan.conductBody());
        Duration walked = Duration.between(started, Instant.now());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("succeeded")).as(reply.toString()).contains(Json.bool(true));
        assertThat(journal(id)).extracting(CrashAndResumeHarnessTest::indexAndResult)
                .containsExactlyElementsOf(scan.rows(0, scan.size()));
        Map<String, Json> readings = readback();
        Map<String, Json> expected = new TreeMap<>();
        StageScan.finalPositions().forEach((motor, position) -> expected.put(motor + ".RBV", Json.num(position)));
        assertThat(readings).as("the reference walk's end state").isEqualTo(expected);
        beamline.settle(StageScan.finalPositions());
        System.out.printf("reference walk: %d steps in %d ms (shortest possible %d ms)%n",
                scan.size(), walked.toMillis(), scan.nominalMillis());
        return readings;
    }

    private Crash killMidWalkAndResume(int attempt, int kills, long seed, Map<String, Json> reference)
            throws Exception {
        Random random = new Random(seed);
        long killAfter = Math.round(scan.nominalMillis() * (attempt + random.nextDouble()) / kills);
        double fractionOfInterruptedMove = random.nextDouble();
        System.out.printf("seed=%d kill after %d ms%n", seed, killAfter);

        String id = register("crash " + attempt);
        Instant killed = killMidWalk(id, killAfter);

        List<Json.Obj> leftBehind = journalInTheDatabase(id);
        beamline.applyJournal(leftBehind, fractionOfInterruptedMove);
        Instant launched = Instant.now();
        startService();
        Instant ready = Instant.now();
        Duration seenAfterReady = awaitStatus(id, "Held", CONDUCTOR_LOST_WITHIN);
        Json.Obj lost = events(id, "ProcedureHeld").getFirst();
        Instant heldAt = instant(lost, "recorded_at");

        Json.Obj point = resumePointMatchesTheJournal(id, leftBehind, lost);
        int boundary = integer(point, "re_establishment_boundary");
        String reason = text(point, "reason");
        boolean skipped = conductFromUntilCompleted(id, boundary);

        journalHasEveryStepOnce(id, leftBehind, boundary, reason, skipped);
        eventsTellTheStory(id, point, skipped);
        assertThat(readback()).as("the beamline's end state after the kill with seed %d", seed).isEqualTo(reference);
        beamline.settle(StageScan.finalPositions());

        Crash crash = new Crash(seed, killAfter, boundary, reason, skipped, Duration.between(launched, ready),
                Duration.between(ready, heldAt), seenAfterReady, Duration.between(killed, heldAt));
        report(crash, attempt, kills, leftBehind.size());
        return crash;
    }

    /** Sends the conduct without waiting for its answer, and kills the service {@code killAfter} ms into the walk. */
    private Instant killMidWalk(String id, long killAfter) throws Exception {
        HttpSession conductor = http;
        Future<HttpSession.Reply> conduct = conducts.submit(
                () -> conductor.post("/procedures/" + id + "/conduct", scan.conductBody()));
        awaitStatus(id, "Running", Duration.ofSeconds(30));
        Thread.sleep(killAfter);
        if (conduct.isDone()) {
            throw new AssertionError("the walk ended before the kill after " + killAfter + " ms: " + conduct.get());
        }
        service.kill();
        return Instant.now();
    }

    // ----- resume

    /** The route's resume point is the one the last conductor row implies, and the one the watchdog recorded. */
    private Json.Obj resumePointMatchesTheJournal(String id, List<Json.Obj> leftBehind, Json.Obj lost) {
        assertThat(journal(id)).as("the rows written before the kill, read back after the restart")
                .isEqualTo(leftBehind);
        HttpSession.Reply reply = http.get("/procedures/" + id + "/resume-point");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Json.Obj point = reply.json();
        Optional<Json.Obj> last = leftBehind.stream().filter(r -> r.has("step_index") && r.has("result"))
                .reduce((first, second) -> second);
        boolean inFlight = last.map(r -> text(r, "result").equals("in_flight")).orElse(false);
        int expected = last.map(r -> integer(r, "step_index") + (inFlight ? 0 : 1)).orElse(0);
        assertThat(text(point, "reason")).as(reply.toString()).isEqualTo(inFlight ? "in_flight" : "next");
        assertThat(integer(point, "re_establishment_boundary")).as(reply.toString()).isEqualTo(expected);
        assertThat(integer(point, "step_count")).isEqualTo(scan.size());
        assertThat(field(point, "halts_at_acquisition"))
                .isEqualTo(Json.bool(expected <= StageScan.ACQUISITION_INDEX));
        if (expected < scan.size()) {
            assertThat(text(field(point, "step"), "kind")).isEqualTo(scan.step(expected).kind());
        }
        Json.Obj recorded = (Json.Obj) field(field(lost, "payload"), "resume_point");
        assertThat(recorded).as("the resume point in ProcedureHeld")
                .isEqualTo(new Json.Obj(withoutKey(point, "procedure_id")));
        return point;
    }

    /**
     * Conducts from the computed point; at an acquisition halt, checks that the Procedure waits
     * Running (the sweep does not take it for a lost conductor), then skips the acquisition as the
     * operator. Returns whether it did.
     */
    private boolean conductFromUntilCompleted(String id, int boundary) throws InterruptedException {
        Json.Obj result = conductFrom(id, "{}");
        assertThat(integer(result, "re_establishment_boundary")).isEqualTo(boundary);
        boolean halted = field(result, "acquisition_halt").equals(Json.bool(true));
        int replayedFrom = boundary;
        if (halted) {
            assertThat(boundary).as(result.toString()).isEqualTo(StageScan.ACQUISITION_INDEX);
            assertThat(text(field(result, "failure"), "error_class")).isEqualTo("AcquisitionResumeRequiresOperator");
            Thread.sleep(SWEEP_INTERVAL.multipliedBy(3).dividedBy(2).toMillis());
            assertThat(status(id)).as("a halted replay waits for the operator, Running").isEqualTo("Running");
            HttpSession.Reply hold = http.post("/procedures/" + id + "/hold",
                    "{\"reason\": \"" + OPERATOR_SKIPS_THE_ACQUISITION + "\"}");
            assertThat(hold.status()).as(hold.toString()).isEqualTo(204);
            replayedFrom = StageScan.ACQUISITION_INDEX + 1;
            result = conductFrom(id, "{\"re_establishment_boundary\": " + replayedFrom + "}");
        }
        assertThat(field(result, "succeeded")).as(result.toString()).isEqualTo(Json.bool(true));
        assertThat(field(result, "held")).isEqualTo(Json.bool(false));
        assertThat(integer(result, "completed_count")).isEqualTo(scan.size() - replayedFrom);
        assertThat(status(id)).isEqualTo("Completed");
        return halted;
    }

    private Json.Obj conductFrom(String id, String body) {
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct-from", body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    // ----- verification

    private void journalHasEveryStepOnce(String id, List<Json.Obj> leftBehind, int boundary, String reason,
                                         boolean skipped) {
        List<Json> items = items("/procedures/" + id + "/activities");
        List<Json.Obj> rows = items.stream().map(i -> (Json.Obj) field(i, "payload")).toList();
        boolean unansweredMarker = reason.equals("in_flight");
        int replayedFrom = skipped ? StageScan.ACQUISITION_INDEX + 1 : boundary;

        List<String> expected = new ArrayList<>(scan.rows(0, boundary));
        if (unansweredMarker) {
            expected.add(boundary + ":in_flight");
        }
        expected.addAll(scan.rows(replayedFrom, scan.size()));
        assertThat(rows).extracting(CrashAndResumeHarnessTest::indexAndResult).as("the journal, row by row")
                .containsExactlyElementsOf(expected);

        int walkRows = scan.rows(0, scan.size()).size();
        assertThat(rows).as("rows: the walk's, plus an unanswered marker, minus a skipped acquisition")
                .hasSize(walkRows + (unansweredMarker ? 1 : 0) - (skipped ? 2 : 0));
        assertThat(rows.subList(0, leftBehind.size())).as("the rows written before the kill").isEqualTo(leftBehind);
        for (int index = 0; index < scan.size(); index++) {
            int once = skipped && index == StageScan.ACQUISITION_INDEX ? 0 : 1;
            assertThat(count(rows, index, "ok")).as("ok rows of step %d", index).isEqualTo(once);
        }
        assertThat(rows).noneMatch(r -> text(r, "result").equals("failed"));
        List<Integer> unanswered = unansweredMarkers(rows);
        assertThat(unanswered).as("unanswered in_flight markers: at most one per crash, the last row before it")
                .isSubsetOf(List.of(leftBehind.size() - 1)).hasSizeLessThanOrEqualTo(1);
        assertThat(new HashSet<>(items.stream().map(i -> text(i, "event_id")).toList())).hasSize(items.size());
    }

    private void eventsTellTheStory(String id, Json.Obj point, boolean skipped) {
        List<Json> events = items("/procedures/" + id + "/events");
        List<String> expected = new ArrayList<>(List.of("ProcedureRegistered", "ResolvedStepsRecorded",
                "ProcedureStarted", "ProcedureHeld", "ProcedureResumed"));
        if (skipped) {
            expected.addAll(List.of("ProcedureAcquisitionHalted", "ProcedureHeld", "ProcedureResumed"));
        }
        expected.add("ProcedureCompleted");
        List<String> types = events.stream().map(e -> text(e, "event_type")).toList();
        assertThat(types.stream().filter(t -> !t.equals("ProcedureActivitiesLogbookOpened")).toList())
                .as("events %s", types).containsExactlyElementsOf(expected);
        assertThat(types).filteredOn("ProcedureActivitiesLogbookOpened"::equals).hasSize(1);
        for (int v = 0; v < events.size(); v++) {
            assertThat(integer(events.get(v), "version")).isEqualTo(v + 1);
        }
        assertThat(new HashSet<>(events.stream().map(e -> text(e, "event_id")).toList())).hasSize(events.size());

        List<Json.Obj> held = events(id, "ProcedureHeld");
        assertThat(text(field(held.getFirst(), "payload"), "reason")).isEqualTo(CONDUCTOR_LOST);
        assertThat(text(held.getFirst(), "principal")).isEqualTo("cora:watchdog");
        List<Integer> boundaries = events(id, "ProcedureResumed").stream()
                .map(e -> integer(field(e, "payload"), "re_establishment_boundary")).toList();
        if (skipped) {
            assertThat(text(field(held.get(1), "payload"), "reason")).isEqualTo(OPERATOR_SKIPS_THE_ACQUISITION);
            Json halt = field(events(id, "ProcedureAcquisitionHalted").getFirst(), "payload");
            assertThat(integer(halt, "step_index")).isEqualTo(StageScan.ACQUISITION_INDEX);
            assertThat(text(halt, "action")).isEqualTo("count");
            assertThat(boundaries).containsExactly(integer(point, "re_establishment_boundary"),
                    StageScan.ACQUISITION_INDEX + 1);
        } else {
            assertThat(boundaries).containsExactly(integer(point, "re_establishment_boundary"));
        }
    }

    /** Conducts the read-only Procedure and returns each readback's reading. */
    private Map<String, Json> readback() {
        String id = register("read the stage back");
        HttpSession.Reply reply = http.post("/procedures/" + id + "/conduct", StageScan.readbackBody());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("succeeded")).as(reply.toString()).contains(Json.bool(true));
        Map<String, Json> readings = new TreeMap<>();
        for (Json.Obj row : journal(id)) {
            readings.put(text(row, "address"), field(field(row, "reading"), "value"));
        }
        return readings;
    }

    private static List<Integer> unansweredMarkers(List<Json.Obj> rows) {
        List<Integer> unanswered = new ArrayList<>();
        for (int at = 0; at < rows.size(); at++) {
            if (!text(rows.get(at), "result").equals("in_flight")) {
                continue;
            }
            int index = integer(rows.get(at), "step_index");
            Optional<Json.Obj> next = rows.subList(at + 1, rows.size()).stream()
                    .filter(r -> integer(r, "step_index") == index).findFirst();
            if (next.isEmpty() || text(next.get(), "result").equals("in_flight")) {
                unanswered.add(at);
            }
        }
        return unanswered;
    }

    private static long count(List<Json.Obj> rows, int index, String result) {
        return rows.stream().filter(r -> integer(r, "step_index") == index && text(r, "result").equals(result)).count();
    }

    // ----- the service and its database

    private void startService() throws Exception {
        Path model = work.resolve("beamline.yaml");
        beamline.writeModel(model);
        service = ServiceProcess.start(work.resolve("unused-data"), work.resolve("service.log"), List.of(
                "--cora.database.url=" + database.jdbcUrl(),
                "--cora.database.user=" + Objects.toString(database.user(), ""),
                "--cora.database.password=" + Objects.toString(database.password(), ""),
                "--cora.security.development-allow-all=true",
                "--cora.conductor.sweep-interval=" + SWEEP_INTERVAL.toMillis() + "ms",
                "--cora.beamline=" + model));
        http = service.http();
    }

    /** The journal as the killed conductor left it, read from the database while no service runs. */
    private List<Json.Obj> journalInTheDatabase(String id) throws Exception {
        List<Json.Obj> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT payload::text"
                     + " FROM entries_operation_procedure_activities WHERE procedure_id = ? ORDER BY append_seq")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add((Json.Obj) JsonParser.parse(result.getString(1)));
                }
            }
        }
        return rows;
    }

    /** Polls until the Procedure has {@code wanted}; returns how long that took. */
    private Duration awaitStatus(String id, String wanted, Duration within) throws InterruptedException {
        Instant from = Instant.now();
        Instant deadline = from.plus(within);
        String now = status(id);
        while (!now.equals(wanted)) {
            assertThat(Instant.now()).as("%s still %s, not %s, after %s", id, now, wanted, within).isBefore(deadline);
            Thread.sleep(wanted.equals("Running") ? 2 : 10);
            now = status(id);
        }
        return Duration.between(from, Instant.now());
    }

    private String status(String id) {
        return text(http.get("/procedures/" + id).json(), "status");
    }

    private String register(String name) {
        HttpSession.Reply reply = http.post("/procedures", "{\"name\": \"" + name + "\", \"kind\": \"alignment\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("procedure_id");
    }

    private List<Json.Obj> journal(String id) {
        return items("/procedures/" + id + "/activities").stream().map(i -> (Json.Obj) field(i, "payload")).toList();
    }

    private List<Json.Obj> events(String id, String type) {
        return items("/procedures/" + id + "/events").stream().filter(e -> text(e, "event_type").equals(type))
                .map(Json.Obj.class::cast).toList();
    }

    private List<Json> items(String path) {
        HttpSession.Reply reply = http.get(path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((Json.Arr) field(reply.json(), "items")).items();
    }

    // ----- reading JSON

    private static String indexAndResult(Json.Obj row) {
        return integer(row, "step_index") + ":" + text(row, "result");
    }

    private static Json field(Json object, String key) {
        return ((Json.Obj) object).get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + object));
    }

    private static String text(Json object, String key) {
        return ((Json.Str) field(object, key)).value();
    }

    private static int integer(Json object, String key) {
        return ((Json.Num) field(object, key)).value().intValueExact();
    }

    private static Instant instant(Json object, String key) {
        return OffsetDateTime.parse(text(object, key)).toInstant();
    }

    private static Map<String, Json> withoutKey(Json.Obj object, String key) {
        Map<String, Json> fields = new TreeMap<>(object.fields());
        fields.remove(key);
        return fields;
    }

    // ----- report

    private static void report(Crash crash, int attempt, int kills, int rowsLeft) {
        System.out.printf("kill %d/%d: seed=%d after %d ms, %d rows left, resumed at step %d (%s%s); restart took"
                        + " %d ms; conductor lost recorded %+d ms from readiness (seen Held %d ms after it), %d ms"
                        + " after the kill%n", attempt + 1, kills, crash.seed(), crash.killAfterMillis(), rowsLeft,
                crash.boundary(), crash.reason(), crash.acquisitionSkipped() ? ", count skipped by the operator" : "",
                crash.restart().toMillis(), crash.heldAfterReady().toMillis(), crash.seenAfterReady().toMillis(),
                crash.heldAfterKill().toMillis());
    }

    private static void printSummary(List<Crash> crashes, Duration took) {
        long skipped = crashes.stream().filter(Crash::acquisitionSkipped).count();
        long inFlight = crashes.stream().filter(c -> c.reason().equals("in_flight")).count();
        System.out.printf("crash harness: %d kills (%d mid-effect, %d between steps, %d acquisition halts skipped by"
                        + " the operator) in %d s; conductor lost recorded from restart readiness: mean %+d ms, max"
                        + " %+d ms; seen Held after readiness: mean %d ms, max %d ms; after the kill: mean %d ms, max"
                        + " %d ms; restart to readiness: mean %d ms, max %d ms%n",
                crashes.size(), inFlight, crashes.size() - inFlight, skipped, took.toSeconds(),
                mean(crashes, Crash::heldAfterReady), max(crashes, Crash::heldAfterReady),
                mean(crashes, Crash::seenAfterReady), max(crashes, Crash::seenAfterReady),
                mean(crashes, Crash::heldAfterKill), max(crashes, Crash::heldAfterKill),
                mean(crashes, Crash::restart), max(crashes, Crash::restart));
    }

    private static long mean(List<Crash> crashes, java.util.function.Function<Crash, Duration> of) {
        return Math.round(crashes.stream().mapToLong(c -> of.apply(c).toMillis()).average().orElse(0));
    }

    private static long max(List<Crash> crashes, java.util.function.Function<Crash, Duration> of) {
        return crashes.stream().mapToLong(c -> of.apply(c).toMillis()).max().orElse(0);
    }
}
