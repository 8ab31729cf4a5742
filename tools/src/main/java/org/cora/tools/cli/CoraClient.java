package org.cora.tools.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;

/**
 * Talks to one Cora service over HTTP. Every answer of 400 or more is thrown as {@link ServiceRefused}
 * and every failure to get an answer as {@link ServiceUnreachable}, so a command handles only success.
 */
final class CoraClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A synchronous conduct answers when its walk has ended, which can take long. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration STREAM_OPEN_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final Connection connection;

    CoraClient(Connection connection) {
        this.connection = connection;
    }

    /** A path segment from what the person typed, so that an odd id reaches the service as typed. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    String url() {
        return connection.url().toString();
    }

    Reply get(String path) {
        return answer(request(path, ANSWER_TIMEOUT).GET());
    }

    Reply post(String path, Json.Obj body) {
        return answer(posting(path, body));
    }

    /** Asks the service to answer 202 at once and conduct in the background; one that cannot answers as {@link #post}. */
    Reply postAsync(String path, Json.Obj body) {
        return answer(posting(path, body).header("Prefer", "respond-async"));
    }

    /**
     * The lines of a {@code text/event-stream}, from the event after {@code lastEventId} when given.
     * Reading them throws {@link java.io.UncheckedIOException} when the connection drops.
     */
    Stream<String> stream(String path, String lastEventId) {
        HttpRequest.Builder request = request(path, STREAM_OPEN_TIMEOUT).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = exchange(request, HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() >= 400) {
            try (Stream<String> lines = response.body()) {
                throw ServiceRefused.of(response.statusCode(), lines.collect(Collectors.joining("\n")));
            }
        }
        return response.body();
    }

    private HttpRequest.Builder posting(String path, Json.Obj body) {
        return request(path, ANSWER_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toJsonText()));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(timeout);
        if (connection.token() != null) {
            request.header("Authorization", "Bearer " + connection.token());
        }
        if (connection.principal() != null) {
            request.header("X-Cora-Principal", connection.principal());
        }
        return request;
    }

    private Reply answer(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw ServiceRefused.of(response.statusCode(), response.body());
        }
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location"));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new ServiceUnreachable(url(), why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnreachable(url(), "interrupted");
        }
    }

    /** The first message down the chain of causes: the HTTP client often wraps the one that says it. */
    private static String why(Throwable failure) {
        if (failure instanceof java.net.ConnectException) {
            return "no connection (is it running? is the URL right?)";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    /** A successful answer: its status, its body and, for 201 and 202, where the result is. */
    record Reply(int status, String body, Optional<String> location) {

        /** The body as an object; an empty body (204) is an empty object. */
        Json.Obj json() {
            if (body == null || body.isBlank()) {
                return Json.Obj.EMPTY;
            }
            return JsonParser.parse(body) instanceof Json.Obj object ? object
                    : Json.Obj.builder().put("body", body).build();
        }
    }
}
