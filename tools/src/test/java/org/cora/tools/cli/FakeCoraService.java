package org.cora.tools.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the service on a free local port: canned answers per request line, and a record
 * of every request, for the client behaviour a real service cannot be made to show on demand
 * (a dropped event stream, 401, a second page).
 */
final class FakeCoraService implements AutoCloseable {

    record Request(String method, String target, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    @FunctionalInterface
    interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();

    FakeCoraService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code "GET /path?query"} with {@code answer}; given several times, in turn, the last one for good. */
    FakeCoraService on(String requestLine, Answer answer) {
        answers.computeIfAbsent(requestLine, k -> new ArrayDeque<>()).add(answer);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requests(String requestLine) {
        return requests.stream().filter(r -> (r.method() + " " + r.target()).equals(requestLine)).toList();
    }

    static Answer json(int status, String body) {
        return exchange -> send(exchange, status, "application/json", body);
    }

    static Answer problem(int status, String errorClass, String detail) {
        return exchange -> send(exchange, status, "application/problem+json",
                "{\"status\": " + status + ", \"detail\": \"" + detail + "\", \"error_class\": \"" + errorClass + "\"}");
    }

    static Answer noContent() {
        return exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        };
    }

    static Answer accepted(String location) {
        return exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            send(exchange, 202, "application/json", "{}");
        };
    }

    /** An event stream that sends {@code text} and ends cleanly. */
    static Answer events(String text) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** An event stream that sends {@code text}, then breaks off as a dropped connection does. */
    static Answer eventsThenDrop(String text) {
        return exchange -> {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, bytes.length + 1000);
            OutputStream body = exchange.getResponseBody();
            body.write(bytes);
            body.flush();
            // Short of the length promised, this throws; the server then closes the connection mid-body.
            body.close();
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), target, new Headers(exchange.getRequestHeaders()), body));
        Deque<Answer> queue = answers.get(exchange.getRequestMethod() + " " + target);
        Answer answer = queue == null ? problem(404, "NoSuchRoute", "no answer for " + target)
                : queue.size() > 1 ? queue.poll() : queue.peek();
        answer.send(exchange);
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
