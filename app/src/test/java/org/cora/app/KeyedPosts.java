package org.cora.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** Posts to the real server with an {@code Idempotency-Key} (or none) as a given principal, keeping the response headers. */
final class KeyedPosts {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    KeyedPosts(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code key} null sends no Idempotency-Key header. */
    Answer post(String principal, String key, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Cora-Principal", principal)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return new Answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String location() {
            return response.headers().firstValue("Location").orElse(null);
        }

        boolean replayed() {
            return response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        String text(String key) {
            return ((Json.Str) ((Json.Obj) JsonParser.parse(body())).get(key).orElseThrow()).value();
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
