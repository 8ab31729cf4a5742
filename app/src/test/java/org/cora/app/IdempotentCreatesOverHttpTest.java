package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creates retried with an Idempotency-Key, through the real server and database. */
class IdempotentCreatesOverHttpTest extends CoraServerTest {

    private static final String ADA = "operator:ada";
    private static final String SCHEMA = """
            {"type":"object","properties":{"position":{"type":"number"}},"required":["position"]}""";
    private static final String STEPS = """
            [{"kind":"setpoint","address":"sim:m1","value":{"__binding__":"position"},"verify":false}]""";

    private static final String PLAN = "{\"asset_ids\":[\"0196f000-0000-7000-8000-0000000000a1\"]}";

    private KeyedPosts posts;

    @BeforeEach
    void keyedClient() {
        posts = new KeyedPosts(port);
    }

    @Test
    void aRetriedRegisterWithTheSameKeyCreatesOneProcedureAndAnswersTheSameBodyAndLocation() {
        String key = newKey();
        String body = registration("retried register");

        KeyedPosts.Answer first = posts.post(ADA, key, "/procedures", body);
        KeyedPosts.Answer retry = posts.post(ADA, key, "/procedures", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).endsWith("/procedures/" + first.text("procedure_id"));
        assertThat(first.replayed()).isFalse();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.replayed()).isTrue();
        assertThat(proceduresNamed("retried register")).isEqualTo(1);
        assertThat(eventTypes(first.text("procedure_id"))).containsExactly("ProcedureRegistered");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndAppendsNothing() {
        String key = newKey();
        posts.post(ADA, key, "/procedures", registration("first body"));
        long plans = streams("Plan");

        KeyedPosts.Answer otherBody = posts.post(ADA, key, "/procedures", registration("second body"));
        KeyedPosts.Answer otherRoute = posts.post(ADA, key, "/plans", PLAN);

        for (KeyedPosts.Answer refused : List.of(otherBody, otherRoute)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("error_class")).isEqualTo("IdempotencyKeyReusedError");
            assertThat(refused.text("detail")).contains(key, "different request");
        }
        assertThat(proceduresNamed("second body")).isZero();
        assertThat(streams("Plan")).isEqualTo(plans);
    }

    @Test
    void aBodyThatDiffersOnlyInKeyOrderAndSpacingIsTheSameRequest() {
        String key = newKey();
        KeyedPosts.Answer first = posts.post(ADA, key, "/procedures", "{\"name\":\"reordered\",\"kind\":\"alignment\"}");

        KeyedPosts.Answer retry = posts.post(ADA, key, "/procedures", "{ \"kind\" : \"alignment\",\n \"name\" : \"reordered\" }");

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.text("procedure_id")).isEqualTo(first.text("procedure_id"));
        assertThat(proceduresNamed("reordered")).isEqualTo(1);
    }

    @Test
    void anotherPrincipalWithTheSameKeyCreatesItsOwnProcedure() {
        String key = newKey();
        String body = registration("two principals");

        KeyedPosts.Answer ada = posts.post(ADA, key, "/procedures", body);
        KeyedPosts.Answer grace = posts.post("operator:grace", key, "/procedures", body);
        KeyedPosts.Answer graceAgain = posts.post("operator:grace", key, "/procedures", body);

        assertThat(grace.status()).isEqualTo(201);
        assertThat(grace.replayed()).isFalse();
        assertThat(grace.text("procedure_id")).isNotEqualTo(ada.text("procedure_id"));
        assertThat(graceAgain.text("procedure_id")).isEqualTo(grace.text("procedure_id"));
        assertThat(proceduresNamed("two principals")).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOneProcedure() throws Exception {
        String key = newKey();
        String body = registration("raced register");
        int clients = 8;
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<KeyedPosts.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return posts.post(ADA, key, "/procedures", body);
                }, threads));
            }
            start.countDown();

            List<KeyedPosts.Answer> all = new ArrayList<>();
            for (CompletableFuture<KeyedPosts.Answer> answer : answers) {
                all.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).extracting(KeyedPosts.Answer::status).containsOnly(201);
            assertThat(all).extracting(a -> a.text("procedure_id")).containsOnly(all.getFirst().text("procedure_id"));
            assertThat(all).filteredOn(a -> !a.replayed()).hasSize(1);
            assertThat(proceduresNamed("raced register")).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aKeyThatIsEmptyTooLongOrNotPrintableAsciiIsRefusedWith400AndAppendsNothing() throws IOException {
        for (String bad : List.of("", "k".repeat(201), "tab\there")) {
            KeyedPosts.Answer refused = posts.post(ADA, bad, "/procedures", registration("bad key"));

            assertThat(refused.status()).as(bad + ": " + refused).isEqualTo(400);
            assertThat(refused.text("error_class")).isEqualTo("InvalidIdempotencyKeyError");
            assertThat(refused.text("detail")).contains("1..200 printable ASCII");
        }
        String nonAscii = rawPost("caf\u00e9".getBytes(StandardCharsets.UTF_8), registration("bad key"));
        assertThat(nonAscii).startsWith("HTTP/1.1 400").contains("InvalidIdempotencyKeyError");
        assertThat(posts.post(ADA, "k".repeat(200), "/procedures", registration("longest key")).status()).isEqualTo(201);
        assertThat(proceduresNamed("bad key")).isZero();
    }

    @Test
    void withoutTheHeaderEveryRequestCreatesAsBefore() {
        String body = registration("no key");

        KeyedPosts.Answer first = posts.post(ADA, null, "/procedures", body);
        KeyedPosts.Answer second = posts.post(ADA, null, "/procedures", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.text("procedure_id")).isNotEqualTo(first.text("procedure_id"));
        assertThat(first.replayed() || second.replayed()).isFalse();
        assertThat(proceduresNamed("no key")).isEqualTo(2);
    }

    @Test
    void aRefusedCreateLeavesNoKeySoTheCorrectedRequestCreates() {
        String key = newKey();

        KeyedPosts.Answer refused = posts.post(ADA, key, "/procedures", "{\"name\":\"  \",\"kind\":\"alignment\"}");
        KeyedPosts.Answer corrected = posts.post(ADA, key, "/procedures", registration("corrected"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.replayed()).isFalse();
        assertThat(keysStored(key)).isEqualTo(1);
    }

    /**
     * The failure the key guards against: the Procedure's events are appended, then storing the
     * key fails (as a crash or a lost connection there would). They share one transaction, so
     * nothing stays, and the retry creates the Procedure exactly once.
     */
    @Test
    void aFailureAfterTheEventsAreAppendedButBeforeTheKeyIsStoredLeavesNothingAndTheRetryCreatesOnce() throws Exception {
        String key = newKey();
        String body = registration("crash before the key");
        String trigger = "fail_key_" + UUID.randomUUID().toString().replace("-", "");
        sql("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'simulated crash after the append, before the answer is stored'; END; $$");
        sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON idempotency_keys FOR EACH ROW WHEN (NEW.idempotency_key = '"
                + key + "') EXECUTE FUNCTION " + trigger + "()");
        KeyedPosts.Answer crashed;
        try {
            crashed = posts.post(ADA, key, "/procedures", body);
        } finally {
            sql("DROP TRIGGER " + trigger + " ON idempotency_keys");
            sql("DROP FUNCTION " + trigger + "()");
        }
        assertThat(crashed.status()).as(crashed.toString()).isEqualTo(500);
        assertThat(proceduresNamed("crash before the key")).as("the crashed attempt's Procedure").isZero();

        KeyedPosts.Answer retry = posts.post(ADA, key, "/procedures", body);
        KeyedPosts.Answer again = posts.post(ADA, key, "/procedures", body);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.text("procedure_id")).isEqualTo(retry.text("procedure_id"));
        assertThat(proceduresNamed("crash before the key")).isEqualTo(1);
    }

    @Test
    void everyCreateRouteAnswersARetryWithItsFirstResponseAndCreatesOnce() {
        String capability = createdId("/capabilities", "{\"code\":\"cora.capability.retried\",\"name\":\"Rotate\","
                + "\"parameters_schema\":" + SCHEMA + ",\"executor_shapes\":[\"Procedure\"]}", "capability_id");
        String recipe = createdId("/recipes", "{\"name\":\"Rotate\",\"capability_id\":\"" + capability + "\",\"steps\":"
                + STEPS + "}", "recipe_id");
        assertThat(http.post("/recipes/" + recipe + "/version", "{\"version\":\"v1\"}").status()).isEqualTo(204);
        String plan = createdId("/plans", PLAN, "plan_id");
        record Create(String path, String body, String streamType, String idField) {
        }
        List<Create> creates = List.of(
                new Create("/capabilities", "{\"code\":\"cora.capability.again\",\"name\":\"Again\",\"parameters_schema\":"
                        + SCHEMA + ",\"executor_shapes\":[\"Procedure\"]}", "Capability", "capability_id"),
                new Create("/recipes", "{\"name\":\"Again\",\"capability_id\":\"" + capability + "\",\"steps\":" + STEPS
                        + "}", "Recipe", "recipe_id"),
                new Create("/assets", "{\"name\":\"retried motor\"}", "Asset", "asset_id"),
                new Create("/calibrations", "{\"quantity\":\"energy_position_curve\"}", "Calibration", "calibration_id"),
                new Create("/plans", PLAN, "Plan", "plan_id"),
                new Create("/runs", "{\"plan_id\":\"" + plan + "\"}", "Run", "run_id"),
                new Create("/procedures/from-recipe", "{\"name\":\"from recipe\",\"kind\":\"alignment\",\"recipe_id\":\""
                        + recipe + "\",\"bindings\":{\"position\":10}}", "Procedure", "procedure_id"));

        for (Create create : creates) {
            String key = newKey();
            long before = streams(create.streamType());

            KeyedPosts.Answer first = posts.post(ADA, key, create.path(), create.body());
            KeyedPosts.Answer retry = posts.post(ADA, key, create.path(), create.body());

            assertThat(first.status()).as(create.path() + ": " + first).isEqualTo(201);
            assertThat(first.location()).as(create.path()).endsWith("/" + first.text(create.idField()));
            assertThat(retry.replayed()).as(create.path()).isTrue();
            assertThat(retry.body()).as(create.path()).isEqualTo(first.body());
            assertThat(retry.location()).as(create.path()).isEqualTo(first.location());
            assertThat(streams(create.streamType())).as(create.path()).isEqualTo(before + 1);
        }
    }

    /** The JDK's HTTP client sends a non-ASCII header as '?': this writes the key's bytes as they are. */
    private String rawPost(byte[] key, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /procedures HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nX-Cora-Principal: " + ADA + "\r\nContent-Length: "
                    + content.length + "\r\nIdempotency-Key: ").getBytes(StandardCharsets.US_ASCII));
            out.write(key);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String createdId(String path, String body, String idField) {
        HttpSession.Reply reply = http.post(path, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text(idField);
    }

    private static String registration(String name) {
        return "{\"name\":\"" + name + "\",\"kind\":\"alignment\"}";
    }

    private static String newKey() {
        return "retry-" + UUID.randomUUID();
    }

    private long proceduresNamed(String name) {
        return count("SELECT count(*) FROM events WHERE stream_type = 'Procedure' AND event_type = 'ProcedureRegistered'"
                + " AND payload->>'name' = ?", name);
    }

    private long streams(String streamType) {
        return count("SELECT count(DISTINCT stream_id) FROM events WHERE stream_type = ?", streamType);
    }

    private long keysStored(String key) {
        return count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?", key);
    }

    private long count(String query, String parameter) {
        try (Connection c = testDatabase().getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = testDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
