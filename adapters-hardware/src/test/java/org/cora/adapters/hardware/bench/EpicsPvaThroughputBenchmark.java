package org.cora.adapters.hardware.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.pva.EpicsPvaControlPort;
import org.cora.adapters.hardware.epics.pva.PvaSimulatedIocServer;
import org.cora.domain.json.Json;
import org.epics.pva.PVASettings;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;

/**
 * Reads and waited writes per second through {@link EpicsPvaControlPort}, against the floor of a
 * plain core-pva {@link PVAClient} doing the same get and put (with completion) on the same
 * simulated IOC in the same run. Each round times both loops once, back to back, the adapter and
 * the plain client alternating which goes first; the first rounds warm the JIT up and are not
 * counted. The times are medians over the counted rounds, and the overhead is the median of each
 * round's own ratio, so a burst of load from elsewhere on the machine hits both sides of a pair.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl adapters-hardware -am verify -DskipTests} (both EPICS
 * benchmarks), or this class alone with java on the test classpath. {@code -Dcora.bench.ops},
 * {@code -Dcora.bench.rounds} and {@code -Dcora.bench.warmup-rounds} change the sizes (defaults
 * 500 operations per loop, 31 counted rounds, 5 warm-up rounds).
 */
public final class EpicsPvaThroughputBenchmark {

    private static final int OPS = Integer.getInteger("cora.bench.ops", 500);
    private static final int ROUNDS = Integer.getInteger("cora.bench.rounds", 31);
    private static final int WARMUP_ROUNDS = Integer.getInteger("cora.bench.warmup-rounds", 5);
    private static final String ADDRESS = "bench:setpoint";
    private static final String MODEL = """
            addresses:
              bench:setpoint:
                value: 0.0
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One timed loop of {@code OPS} operations. */
    @FunctionalInterface
    private interface Loop {
        void run(int ops) throws Exception;
    }

    private EpicsPvaThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(new StringReader(MODEL),
                Instant::now);
             PvaSimulatedIocServer ioc = PvaSimulatedIocServer.serve(beamline, 0, 0);
             EpicsPvaControlPort port = new EpicsPvaControlPort(ioc.clientSettings());
             PVAClient client = plainClient(ioc)) {
            PVAChannel channel = client.getChannel(ADDRESS, (ch, state) -> { }, (ch, writable) -> { });
            channel.connect().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<Row> rows = List.of(
                    measure("reads", ops -> adapterReads(port, ops), ops -> plainReads(channel, ops)),
                    measure("waited writes", ops -> adapterWrites(port, ops), ops -> plainWrites(channel, ops)));
            print(rows);
            channel.close();
        }
    }

    /** The plain client finds the IOC the way the adapter's settings say: 127.0.0.1 on its UDP port, no broadcasts. */
    private static PVAClient plainClient(PvaSimulatedIocServer ioc) throws Exception {
        PVASettings.EPICS_PVA_ADDR_LIST = "127.0.0.1";
        PVASettings.EPICS_PVA_AUTO_ADDR_LIST = false;
        PVASettings.EPICS_PVA_BROADCAST_PORT = ioc.udpPort();
        return new PVAClient();
    }

    private static void adapterReads(EpicsPvaControlPort port, int ops) throws Exception {
        for (int i = 0; i < ops; i++) {
            port.read(ADDRESS);
        }
    }

    private static void plainReads(PVAChannel channel, int ops) throws Exception {
        for (int i = 0; i < ops; i++) {
            channel.read("").get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static void adapterWrites(EpicsPvaControlPort port, int ops) throws Exception {
        for (int i = 0; i < ops; i++) {
            port.write(ADDRESS, Json.num(i % 100), true, TIMEOUT);
        }
    }

    private static void plainWrites(PVAChannel channel, int ops) throws Exception {
        for (int i = 0; i < ops; i++) {
            channel.write(true, "field(value)", (double) (i % 100)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Per operation: wall-clock time, and CPU time of the calling thread (not of the library's threads). */
    private record Timing(double wallNanos, double callerCpuNanos) {
    }

    private record Row(String operation, Timing adapter, Timing plain, double overheadPercent) {
    }

    private static Row measure(String operation, Loop adapter, Loop plain) throws Exception {
        List<Timing> adapterTimings = new ArrayList<>();
        List<Timing> plainTimings = new ArrayList<>();
        List<Double> overheads = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            boolean adapterFirst = round % 2 == 0;
            Timing first = timePerOp(adapterFirst ? adapter : plain);
            Timing second = timePerOp(adapterFirst ? plain : adapter);
            if (round >= WARMUP_ROUNDS) {
                Timing adapterRound = adapterFirst ? first : second;
                Timing plainRound = adapterFirst ? second : first;
                adapterTimings.add(adapterRound);
                plainTimings.add(plainRound);
                overheads.add((adapterRound.wallNanos() / plainRound.wallNanos() - 1) * 100);
            }
        }
        return new Row(operation, median(adapterTimings), median(plainTimings), median(overheads));
    }

    private static Timing timePerOp(Loop loop) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        loop.run(OPS);
        return new Timing((double) (System.nanoTime() - started) / OPS,
                (double) (THREADS.getCurrentThreadCpuTime() - cpu) / OPS);
    }

    private static Timing median(List<Timing> timings) {
        return new Timing(median(timings.stream().map(Timing::wallNanos).toList()),
                median(timings.stream().map(Timing::callerCpuNanos).toList()));
    }

    private static double median(Collection<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void print(List<Row> rows) {
        System.out.printf(Locale.ROOT,
                "EPICS pvAccess throughput, medians of %d rounds of %d operations (%d warm-up)%n",
                ROUNDS, OPS, WARMUP_ROUNDS);
        System.out.printf(Locale.ROOT, "| %-13s | %-22s | %-22s | %-8s | %-25s |%n", "operation",
                "EpicsPvaControlPort", "plain PVAClient", "overhead", "caller CPU, adapter/plain");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(15), "-".repeat(24), "-".repeat(24),
                "-".repeat(10), "-".repeat(27));
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %-13s | %-22s | %-22s | %+7.1f%% | %-25s |%n", row.operation(),
                    perOp(row.adapter().wallNanos()), perOp(row.plain().wallNanos()), row.overheadPercent(),
                    String.format(Locale.ROOT, "%.1f / %.1f µs", row.adapter().callerCpuNanos() / 1000,
                            row.plain().callerCpuNanos() / 1000));
        }
    }

    private static String perOp(double nanos) {
        return String.format(Locale.ROOT, "%.1f µs (%,.0f/s)", nanos / 1000, 1e9 / nanos);
    }
}
