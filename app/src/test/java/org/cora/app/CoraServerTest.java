package org.cora.app;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cora.adapters.postgres.PostgresTestDatabase;
import org.cora.domain.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole service on a random port, over one fresh PostgreSQL database that the server tests of this JVM share. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CoraServerTest {

    private static final PostgresTestDatabase.TestDb DATABASE = PostgresTestDatabase.shared().freshDatabase();

    @LocalServerPort
    int port;

    HttpSession http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("cora.database.url", DATABASE::jdbcUrl);
        registry.add("cora.database.user", () -> Objects.toString(DATABASE.user(), ""));
        registry.add("cora.database.password", () -> Objects.toString(DATABASE.password(), ""));
        // An explicit database is a deployment, which needs a policy: these tests run in development mode.
        registry.add("cora.security.development-allow-all", () -> "true");
    }

    @BeforeEach
    void connect() {
        http = new HttpSession(port);
    }

    String register(String name) {
        HttpSession.Reply reply = http.post("/procedures", "{\"name\":\"" + name + "\",\"kind\":\"alignment\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("register failed: " + reply);
        }
        return reply.text("procedure_id");
    }

    List<Json> items(String path) {
        return ((Json.Arr) http.get(path).json().get("items").orElseThrow()).items();
    }

    /** The test database itself (as its owner), for what no route may do: reading or rewriting stored rows. */
    DataSource testDatabase() {
        return DATABASE.dataSource();
    }

    List<String> eventTypes(String id) {
        return items("/procedures/" + id + "/events").stream().map(e -> text(e, "event_type")).toList();
    }

    String status(String id) {
        return http.get("/procedures/" + id).text("status");
    }

    /** Polls {@code probe} until it answers, failing after {@code deadline}: for waiting on another thread's progress. */
    static <T> T eventually(Duration deadline, String what, Supplier<Optional<T>> probe) {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            Optional<T> answer = probe.get();
            if (answer.isPresent()) {
                return answer.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not within " + deadline + ": " + what);
    }

    static Json field(Json object, String key) {
        return ((Json.Obj) object).get(key).orElseThrow(() -> new AssertionError("no key " + key + " in " + object));
    }

    static String text(Json object, String key) {
        return ((Json.Str) field(object, key)).value();
    }
}
