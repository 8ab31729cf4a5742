package org.cora.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** Requests to the real server that carry a bearer token, or none, and any other headers a test names. */
final class BearerRequests {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    BearerRequests(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** {@code token} null sends no Authorization header; {@code headers} are name, value pairs. */
    Reply get(String token, String path, String... headers) {
        return send(request(token, path, headers).GET());
    }

    Reply post(String token, String path, String body, String... headers) {
        return send(request(token, path, headers).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String token, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        Json.Obj json() {
            return (Json.Obj) JsonParser.parse(response.body());
        }

        String text(String key) {
            return ((Json.Str) json().get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + this)))
                    .value();
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
