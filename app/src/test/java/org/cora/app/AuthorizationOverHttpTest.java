package org.cora.app;

import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.cora.adapters.postgres.PostgresTestDatabase;
import org.cora.app.security.KnownTokens;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deployment with a tokens file, through the real server and a real database: each bearer token's
 * roles decide what it may do, a refusal leaves nothing behind, and the token's principal is on every
 * event and journal row. A recorder around the policy shows which commands a conduct asks about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationOverHttpTest {

    static final String VIEWER = "0f3c1d2e-viewer-token";
    static final String OPERATOR = "6b1e9a4c-operator-token";
    static final String AUTHOR = "c27d8f05-author-token";

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();
    private static final Path TOKENS_FILE = tokensFile();
    private static final String THREE_STEPS = """
            {"steps": [
              {"kind": "setpoint", "address": "sim:m1", "value": 12.0},
              {"kind": "check", "address": "sim:m1.RBV",
               "criterion": {"kind": "within_tolerance", "expected": 12.0, "tolerance": 0.01}},
              {"kind": "action", "name": "count", "params": {"detector": "sim:det", "seconds": 0.05}}
            ]}""";

    @LocalServerPort
    int port;

    @Autowired
    RecordingAuthorize authorize;

    BearerRequests http;

    @DynamicPropertySource
    static void deployment(DynamicPropertyRegistry registry) {
        registry.add("cora.database.url", DATABASE::jdbcUrl);
        registry.add("cora.database.user", () -> Objects.toString(DATABASE.user(), ""));
        registry.add("cora.database.password", () -> Objects.toString(DATABASE.password(), ""));
        registry.add("cora.security.tokens-file", TOKENS_FILE::toString);
    }

    /** The deployment's tokens file: three principals, one role each, only the digests stored. */
    private static Path tokensFile() {
        try {
            Path file = Files.createTempFile("cora-tokens", ".yaml");
            file.toFile().deleteOnExit();
            return Files.writeString(file, """
                    tokens:
                      - {principal: "viewer:vera", roles: [viewer], token_sha256: %s}
                      - {principal: "operator:otto", roles: [operator], token_sha256: %s}
                      - {principal: "author:ada", roles: [author], token_sha256: %s}
                    """.formatted(KnownTokens.sha256Hex(VIEWER), KnownTokens.sha256Hex(OPERATOR),
                    KnownTokens.sha256Hex(AUTHOR)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorded {
        @Bean
        static BeanPostProcessor recordingAuthorize() {
            return RecordingAuthorize.aroundThePolicy();
        }
    }

    @BeforeEach
    void connect() {
        http = new BearerRequests(port);
        authorize.forget();
    }

    @Test
    void aViewerReadsButCannotConductAndTheRefusalAppendsNothing() {
        String id = register("viewer tries");

        BearerRequests.Reply reply = http.post(VIEWER, "/procedures/" + id + "/conduct", THREE_STEPS);

        assertRefused(reply, 403, "UnauthorizedError", "Principal 'viewer:vera' may not ConductProcedure");
        assertThat(http.get(VIEWER, "/procedures/" + id).status()).isEqualTo(200);
        assertUntouched(id);
    }

    @Test
    void anOperatorConductsAndEveryEventAndJournalRowNamesTheTokensPrincipal() {
        String id = register("operator conducts");

        BearerRequests.Reply reply = http.post(OPERATOR, "/procedures/" + id + "/conduct", THREE_STEPS,
                "X-Cora-Principal", "someone:else");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("succeeded")).contains(Json.bool(true));
        List<Json> events = items(VIEWER, "/procedures/" + id + "/events");
        assertThat(events).extracting(e -> text(e, "event_type")).containsExactly("ProcedureRegistered",
                "ResolvedStepsRecorded", "ProcedureStarted", "ProcedureActivitiesLogbookOpened", "ProcedureCompleted");
        assertThat(events).extracting(e -> text(e, "principal")).containsOnly("operator:otto");
        assertThat(items(VIEWER, "/procedures/" + id + "/activities")).hasSize(5)
                .extracting(r -> text(r, "actor_id")).containsOnly("operator:otto");
        assertThat(column("SELECT principal FROM events WHERE stream_id = ?", id)).containsOnly("operator:otto");
        assertThat(column("SELECT actor_id FROM entries_operation_procedure_activities WHERE procedure_id = ?", id))
                .hasSize(5).containsOnly("operator:otto");
    }

    @Test
    void aConductAsksForEachCommandItIssuesOnTheWay() {
        String id = register("every inner command");
        authorize.forget();

        http.post(OPERATOR, "/procedures/" + id + "/conduct", THREE_STEPS);

        assertThat(authorize.askedFor("operator:otto")).containsExactlyElementsOf(concat(
                List.of("ConductProcedure", "StartProcedure"),
                nCopies(5, "AppendProcedureActivities"), // one per journal row
                List.of("CompleteProcedure")));
    }

    @Test
    void conductOrHoldAsksForTheHoldAndConductFromForTheResume() {
        String id = register("held, then resumed");
        authorize.forget();

        BearerRequests.Reply held = http.post(OPERATOR, "/procedures/" + id + "/conduct-or-hold",
                ConductOrHoldOverHttpTest.FAILING_CHECK_THEN_COUNT);
        BearerRequests.Reply resumed = http.post(OPERATOR, "/procedures/" + id + "/conduct-from", "{}");

        assertThat(held.json().get("held")).as(held.toString()).contains(Json.bool(true));
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(authorize.askedFor("operator:otto")).containsExactlyElementsOf(concat(
                List.of("ConductOrHoldProcedure", "StartProcedure"),
                nCopies(3, "AppendProcedureActivities"), // the setpoint's two rows, the failed check's one
                List.of("HoldProcedure", "ConductFromProcedure", "ResumeProcedure"),
                List.of("AppendProcedureActivities", "AbortProcedure"))); // the replayed check fails again
    }

    @Test
    void beingAllowedTheConductDoesNotImplyTheStartItIssues() {
        String id = register("start refused");
        authorize.refuse("operator:otto", "StartProcedure");

        BearerRequests.Reply reply = http.post(OPERATOR, "/procedures/" + id + "/conduct", THREE_STEPS);

        assertRefused(reply, 403, "UnauthorizedError", "may not StartProcedure");
        assertThat(items(VIEWER, "/procedures/" + id + "/events")).extracting(e -> text(e, "event_type"))
                .containsExactly("ProcedureRegistered", "ResolvedStepsRecorded");
        assertThat(status(id)).isEqualTo("Defined");
        assertThat(column("SELECT actor_id FROM entries_operation_procedure_activities WHERE procedure_id = ?", id))
                .isEmpty();
    }

    @Test
    void anAuthorDefinesACapabilityButCannotRegisterOrConduct() {
        String id = register("author tries");

        BearerRequests.Reply defined = http.post(AUTHOR, "/capabilities", "{\"code\":\"cora.capability.authz\","
                + "\"name\":\"Energy scan\",\"parameters_schema\":" + CapabilitiesAndRecipesOverHttpTest.SCHEMA
                + ",\"executor_shapes\":[\"Procedure\"]}");
        BearerRequests.Reply conduct = http.post(AUTHOR, "/procedures/" + id + "/conduct", THREE_STEPS);
        BearerRequests.Reply registration = http.post(AUTHOR, "/procedures", "{\"name\":\"x\",\"kind\":\"alignment\"}");

        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(http.get(VIEWER, "/capabilities/" + defined.text("capability_id")).status()).isEqualTo(200);
        assertRefused(conduct, 403, "UnauthorizedError", "Principal 'author:ada' may not ConductProcedure");
        assertRefused(registration, 403, "UnauthorizedError", "may not RegisterProcedure");
        assertUntouched(id);
    }

    @Test
    void aRequestWithoutATokenIsRefused401AndAppendsNothing() {
        String id = register("no token");
        long eventsBefore = count("SELECT count(*) FROM events");

        List<BearerRequests.Reply> replies = List.of(
                http.post(null, "/procedures", "{\"name\":\"x\",\"kind\":\"alignment\"}"),
                http.post(null, "/procedures/" + id + "/conduct", THREE_STEPS, "X-Cora-Principal", "operator:otto"),
                http.get(null, "/procedures/" + id));

        for (BearerRequests.Reply reply : replies) {
            assertRefused(reply, 401, "UnauthenticatedError", "no bearer token");
            assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"cora\"");
        }
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(eventsBefore);
        assertUntouched(id);
    }

    @Test
    void anUnknownTokenIsRefused401AndAppendsNothing() {
        String id = register("unknown token");

        BearerRequests.Reply unknown = http.post("guessed-token", "/procedures/" + id + "/conduct", THREE_STEPS);
        BearerRequests.Reply notBearer = http.post(null, "/procedures/" + id + "/conduct", THREE_STEPS,
                "Authorization", "Basic " + OPERATOR);

        assertRefused(unknown, 401, "UnauthenticatedError", "not known to this deployment");
        assertThat(unknown.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"cora\", error=\"invalid_token\"");
        assertRefused(notBearer, 401, "UnauthenticatedError", "no bearer token");
        assertUntouched(id);
    }

    private String register(String name) {
        BearerRequests.Reply reply = http.post(OPERATOR, "/procedures",
                "{\"name\":\"" + name + "\",\"kind\":\"alignment\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("procedure_id");
    }

    private void assertUntouched(String id) {
        assertThat(items(VIEWER, "/procedures/" + id + "/events")).extracting(e -> text(e, "event_type"))
                .containsExactly("ProcedureRegistered");
        assertThat(column("SELECT actor_id FROM entries_operation_procedure_activities WHERE procedure_id = ?", id))
                .isEmpty();
        assertThat(status(id)).isEqualTo("Defined");
    }

    private String status(String id) {
        return http.get(VIEWER, "/procedures/" + id).text("status");
    }

    private List<Json> items(String token, String path) {
        BearerRequests.Reply reply = http.get(token, path);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return ((Json.Arr) reply.json().get("items").orElseThrow()).items();
    }

    private static void assertRefused(BearerRequests.Reply reply, int status, String errorClass, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.text("error_class")).isEqualTo(errorClass);
        assertThat(reply.text("detail")).contains(detail);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static String text(Json object, String key) {
        return ((Json.Str) ((Json.Obj) object).get(key).orElseThrow()).value();
    }

    private static List<String> column(String sql, String id) {
        try (Connection connection = DATABASE.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection connection = DATABASE.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
