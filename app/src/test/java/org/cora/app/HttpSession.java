package org.cora.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** A small HTTP client for tests against the real server, parsing bodies with Cora's own JSON parser. */
final class HttpSession {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    HttpSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Cora-Principal", "operator:ada");
        return send(request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any other method (PUT, DELETE, PATCH, ...), with a JSON body or none. */
    Reply send(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Cora-Principal", "operator:ada")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts from another thread; the reply completes when the server answers (for a conduct: when the walk ends). */
    CompletableFuture<Reply> postAsync(String path, String body) {
        return CompletableFuture.supplyAsync(() -> post(path, body));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(int status, String body, String contentType, String location) {

        Json.Obj json() {
            return (Json.Obj) JsonParser.parse(body);
        }

        String text(String key) {
            return ((Json.Str) json().get(key).orElseThrow()).value();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
