package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** Requests that prefer an asynchronous answer, and waiting for the conduct they started, against one server. */
final class AsyncRequests {

    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final HttpSession http;

    AsyncRequests(int port, HttpSession http) {
        this.port = port;
        this.http = http;
    }

    /** POST with {@code Prefer: respond-async} (and a parameter, which the server must ignore). */
    HttpResponse<String> post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-Cora-Principal", "operator:ada")
                .header("Prefer", "respond-async, wait=0")
                .timeout(DEADLINE)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The conduct result once it is no longer walking. */
    Json.Obj finished(String id) {
        return CoraServerTest.eventually(DEADLINE, "the background conduct of " + id + " to finish", () -> {
            Json.Obj read = http.get("/procedures/" + id + "/conduct-result").json();
            return read.get("state").equals(Optional.of(Json.str("walking"))) ? Optional.empty() : Optional.of(read);
        });
    }

    static void assertProblem(HttpResponse<String> reply, int status, String errorClass) {
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.headers().firstValue("Preference-Applied")).isEmpty();
        assertThat(((Json.Str) ((Json.Obj) JsonParser.parse(reply.body())).get("error_class").orElseThrow()).value())
                .isEqualTo(errorClass);
    }
}
