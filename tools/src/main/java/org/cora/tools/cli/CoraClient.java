package org.cora.tools.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/** Talks to one Cora service over HTTP; every body in and out is domain JSON. */
final class CoraClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String principal;

    CoraClient(String base, String principal) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.principal = principal;
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, Json.Obj body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toJsonText())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        return principal == null ? request : request.header("X-Cora-Principal", principal);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new Unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted");
        }
    }

    record Reply(int status, String body) {

        Json.Obj json() {
            if (body == null || body.isBlank()) {
                return Json.Obj.builder().put("status", status).build();
            }
            return JsonParser.parse(body) instanceof Json.Obj object ? object
                    : Json.Obj.builder().put("body", body).build();
        }
    }

    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }
}
