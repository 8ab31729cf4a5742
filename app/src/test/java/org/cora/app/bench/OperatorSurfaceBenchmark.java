package org.cora.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.cora.adapters.postgres.EmbeddedPostgresServer;
import org.cora.app.CoraApplication;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The operator surface under load, through the real HTTP server on loopback:
 * <ul>
 *   <li>{@code GET /procedures/{id}} and {@code GET /procedures?limit=50}: 32 client threads, each
 *       with a connection of its own, for a fixed time; latency p50/p99 and requests per second,
 *       first with the service idle (the baseline, same run), then while 8 Procedures are being
 *       conducted without pause (setpoints on an address without motion).</li>
 *   <li>SSE delivery: 50 subscribers on one Procedure's {@code /activities/stream} while it is
 *       conducted in the background; the latency of each row is the client's receive time minus the
 *       row's {@code recorded_at} (the database clock at insert, on the same host).</li>
 * </ul>
 * Run: {@code ./mvnw -B -q -Pbenchmark -pl app -am verify -DskipTests} (docs/BENCHMARKS.md).
 */
public final class OperatorSurfaceBenchmark {

    private static final int CLIENTS = 32;
    private static final int CONDUCTS = 8;
    private static final int SUBSCRIBERS = 50;
    private static final Duration WINDOW = Duration.ofSeconds(Integer.getInteger("cora.bench.window-seconds", 10));
    private static final String SETPOINTS = setpoints(100);

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("cora-bench-surface");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("pg"), 0)) {
            server.createDatabaseIfMissing("cora");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoraApplication.class)
                    .properties("cora.database.url=" + server.jdbcUrl("cora"), "cora.database.user=" + server.user(),
                            "cora.database.password=", "cora.security.development-allow-all=true", "server.port=0",
                            "logging.level.root=WARN", "server.tomcat.threads.max=64")
                    .run()) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                run("http://127.0.0.1:" + port);
            }
        }
    }

    private static void run(String base) throws Exception {
        HttpClient setup = HttpClient.newHttpClient();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ids.add(register(setup, base, "bench " + i));
        }
        String one = ids.get(7);
        conduct(setup, base, one);
        Thread.sleep(2000); // let the list projection catch up
        load(base, "/procedures/" + one, Duration.ofSeconds(3)); // warm-up
        load(base, "/procedures?limit=50", Duration.ofSeconds(3));

        System.out.printf(Locale.ROOT, "%d client threads, one connection each, %d s per measurement%n", CLIENTS,
                WINDOW.toSeconds());
        System.out.println("| endpoint | load | requests/s | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|");
        report("GET /procedures/{id}", "idle", load(base, "/procedures/" + one, WINDOW));
        report("GET /procedures?limit=50", "idle", load(base, "/procedures?limit=50", WINDOW));
        AtomicBoolean conducting = new AtomicBoolean(true);
        List<Thread> conductors = new ArrayList<>();
        int[] walked = new int[1];
        for (int c = 0; c < CONDUCTS; c++) {
            conductors.add(Thread.ofPlatform().start(() -> {
                HttpClient client = HttpClient.newHttpClient();
                while (conducting.get()) {
                    try {
                        conduct(client, base, register(client, base, "load"));
                        synchronized (walked) {
                            walked[0]++;
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        Thread.sleep(1000);
        report("GET /procedures/{id}", CONDUCTS + " conducts", load(base, "/procedures/" + one, WINDOW));
        report("GET /procedures?limit=50", CONDUCTS + " conducts", load(base, "/procedures?limit=50", WINDOW));
        conducting.set(false);
        for (Thread conductor : conductors) {
            conductor.join();
        }
        System.out.printf(Locale.ROOT, "(%d Procedures of 100 setpoints conducted meanwhile)%n", walked[0]);
        sse(base, setup);
    }

    private record Measured(long requests, List<Long> nanos, Duration over) {
    }

    /** {@link #CLIENTS} threads, each with its own client (its own connection), GET {@code path} until the window ends. */
    private static Measured load(String base, String path, Duration window) throws Exception {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + window.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long started = System.nanoTime();
        for (int t = 0; t < CLIENTS; t++) {
            Thread.ofPlatform().start(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                        .header("X-Cora-Principal", "viewer:bench").GET().build();
                List<Long> mine = new ArrayList<>();
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        mine.add(System.nanoTime() - t0);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    all.addAll(mine);
                    done.countDown();
                }
            });
        }
        done.await();
        return new Measured(all.size(), all, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void report(String endpoint, String load, Measured measured) {
        List<Long> sorted = measured.nanos().stream().sorted().toList();
        System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f |%n", endpoint, load,
                measured.requests() / (measured.over().toNanos() / 1e9), percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size())));
    }

    /**
     * 50 subscribers on one Procedure's journal stream while it is conducted in the background (a
     * walk of short motor moves, about 8 s): the commit-to-client latency of every row committed
     * after the subscriber's stream was open (the backlog a subscriber catches up on is left out).
     */
    private static void sse(String base, HttpClient setup) throws Exception {
        String id = register(setup, base, "sse");
        HttpResponse<String> accepted = setup.send(HttpRequest.newBuilder(URI.create(base + "/procedures/" + id
                        + "/conduct")).header("Content-Type", "application/json").header("Prefer", "respond-async")
                        .header("X-Cora-Principal", "operator:bench")
                        .POST(HttpRequest.BodyPublishers.ofString(moves(60))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("async conduct answered " + accepted.statusCode() + ": " + accepted.body());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(SUBSCRIBERS);
        int[] ended = new int[1];
        for (int s = 0; s < SUBSCRIBERS; s++) {
            Thread.ofPlatform().start(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/procedures/" + id
                        + "/activities/stream")).header("Accept", "text/event-stream")
                        .header("X-Cora-Principal", "viewer:bench").build();
                try {
                    HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
                    long openedMicros = micros(Instant.now());
                    String event = "";
                    for (String line : (Iterable<String>) response.body()::iterator) {
                        if (line.startsWith("event:")) {
                            event = line.substring(6).strip();
                        } else if (line.startsWith("data:") && event.equals("activity")) {
                            long now = micros(Instant.now());
                            Json row = JsonParser.parse(line.substring(5).strip());
                            long recorded = micros(Instant.parse(((Json.Str) ((Json.Obj) row).get("recorded_at")
                                    .orElseThrow()).value()));
                            if (recorded > openedMicros) {
                                latencies.add(now - recorded);
                            }
                        } else if (line.startsWith("data:") && event.equals("end")) {
                            synchronized (ended) {
                                ended[0]++;
                            }
                            break;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        List<Long> sorted = latencies.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no journal row was committed while the subscribers listened");
        }
        System.out.printf(Locale.ROOT, "SSE, %d subscribers on one Procedure conducted in the background (%d of them "
                        + "saw the end event): %d row deliveries after subscribing, commit-to-client latency p50 "
                        + "%.2f ms, p99 %.2f ms, max %.2f ms%n", SUBSCRIBERS, ended[0], sorted.size(),
                percentile(sorted, 0.5) / 1000, percentile(sorted, 0.99) / 1000, sorted.getLast() / 1000.0);
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    /** {@code count} short moves of the demo's rotation stage, about 0.13 s each. */
    private static String moves(int count) {
        StringBuilder steps = new StringBuilder("{\"steps\": [");
        for (int i = 0; i < count; i++) {
            steps.append(i == 0 ? "" : ",").append("{\"kind\": \"setpoint\", \"address\": \"sim:m1\", "
                    + "\"value\": ").append(i % 2 == 0 ? 2 : 0).append('}');
        }
        return steps.append("]}").toString();
    }

    private static String register(HttpClient client, String base, String name) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/procedures"))
                .header("Content-Type", "application/json").header("X-Cora-Principal", "operator:bench")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"kind\": \"bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("register answered " + response.statusCode() + ": " + response.body());
        }
        return ((Json.Str) ((Json.Obj) JsonParser.parse(response.body())).get("procedure_id").orElseThrow()).value();
    }

    private static void conduct(HttpClient client, String base, String id) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/procedures/" + id
                        + "/conduct")).header("Content-Type", "application/json")
                        .header("X-Cora-Principal", "operator:bench")
                        .POST(HttpRequest.BodyPublishers.ofString(SETPOINTS)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"succeeded\":true")) {
            throw new IllegalStateException("conduct answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static String setpoints(int count) {
        StringBuilder steps = new StringBuilder("{\"steps\": [");
        for (int i = 0; i < count; i++) {
            steps.append(i == 0 ? "" : ",").append("{\"kind\": \"setpoint\", \"address\": \"sim:cam:exposure\", "
                    + "\"value\": ").append(i % 50 + 1).append('}');
        }
        return steps.append("]}").toString();
    }
}
