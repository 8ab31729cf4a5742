package org.cora.adapters.hardware.bench;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * plain core-pva {@link PVAClient} doing the same get and put (with completion) of the same PV on
 * the same simulated IOC in the same run.
 *
 * <p>The two take turns operation by operation (which goes first alternates), so a burst of load
 * from elsewhere on a shared machine hits both alike. A round is {@code ops} such pairs; the first
 * rounds warm the JIT up and are not counted. Per side: the median over rounds of the time per
 * operation, and the median latency of single operations. The overhead is the median of each
 * round's own ratio of the two times, and the ratio of the two median latencies.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl adapters-hardware -am verify -DskipTests} (both EPICS
 * benchmarks), or this class alone with java on the test classpath. {@code -Dcora.bench.ops},
 * {@code -Dcora.bench.rounds} and {@code -Dcora.bench.warmup-rounds} change the sizes (defaults
 * 500 pairs per round, 21 counted rounds, 4 warm-up rounds).
 */
public final class EpicsPvaThroughputBenchmark {

    private static final int OPS = Integer.getInteger("cora.bench.ops", 500);
    private static final int ROUNDS = Integer.getInteger("cora.bench.rounds", 21);
    private static final int WARMUP_ROUNDS = Integer.getInteger("cora.bench.warmup-rounds", 4);
    private static final String ADDRESS = "bench:setpoint";
    private static final String MODEL = """
            addresses:
              bench:setpoint:
                value: 0.0
            """;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** The {@code i}-th operation of a round. */
    @FunctionalInterface
    private interface Operation {
        void run(int i) throws Exception;
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
                    measure("reads", i -> port.read(ADDRESS), i -> plainRead(channel)),
                    measure("waited writes", i -> port.write(ADDRESS, Json.num(i % 100), true, TIMEOUT),
                            i -> plainWrite(channel, i % 100)));
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

    private static void plainRead(PVAChannel channel) throws Exception {
        channel.read("").get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void plainWrite(PVAChannel channel, double value) throws Exception {
        channel.write(true, "field(value)", value).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One side's figures: time per operation (median of the rounds' means) and median single latency. */
    private record Side(double nanosPerOp, double medianLatencyNanos) {
    }

    private record Row(String operation, Side adapter, Side plain, double overheadPercent) {
    }

    private static Row measure(String operation, Operation adapter, Operation plain) throws Exception {
        List<Double> adapterRounds = new ArrayList<>();
        List<Double> plainRounds = new ArrayList<>();
        List<Double> overheads = new ArrayList<>();
        List<Double> adapterLatencies = new ArrayList<>();
        List<Double> plainLatencies = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            long adapterTotal = 0;
            long plainTotal = 0;
            for (int i = 0; i < OPS; i++) {
                boolean adapterFirst = i % 2 == 0;
                long first = nanos(adapterFirst ? adapter : plain, i);
                long second = nanos(adapterFirst ? plain : adapter, i);
                long adapterNanos = adapterFirst ? first : second;
                long plainNanos = adapterFirst ? second : first;
                adapterTotal += adapterNanos;
                plainTotal += plainNanos;
                if (round >= WARMUP_ROUNDS) {
                    adapterLatencies.add((double) adapterNanos);
                    plainLatencies.add((double) plainNanos);
                }
            }
            if (round >= WARMUP_ROUNDS) {
                adapterRounds.add((double) adapterTotal / OPS);
                plainRounds.add((double) plainTotal / OPS);
                overheads.add(((double) adapterTotal / plainTotal - 1) * 100);
            }
        }
        return new Row(operation, new Side(median(adapterRounds), median(adapterLatencies)),
                new Side(median(plainRounds), median(plainLatencies)), median(overheads));
    }

    private static long nanos(Operation operation, int i) throws Exception {
        long started = System.nanoTime();
        operation.run(i);
        return System.nanoTime() - started;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void print(List<Row> rows) {
        System.out.printf(Locale.ROOT, "EPICS pvAccess, %d counted rounds of %d interleaved pairs (%d warm-up)%n",
                ROUNDS, OPS, WARMUP_ROUNDS);
        System.out.printf(Locale.ROOT, "| %-13s | %-33s | %-33s | %-8s | %-14s |%n", "operation",
                "EpicsPvaControlPort", "plain PVAClient", "overhead", "median latency");
        System.out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(15), "-".repeat(35), "-".repeat(35),
                "-".repeat(10), "-".repeat(16));
        for (Row row : rows) {
            double latencyOverhead = (row.adapter().medianLatencyNanos() / row.plain().medianLatencyNanos() - 1) * 100;
            System.out.printf(Locale.ROOT, "| %-13s | %-33s | %-33s | %+7.1f%% | %+13.1f%% |%n", row.operation(),
                    describe(row.adapter()), describe(row.plain()), row.overheadPercent(), latencyOverhead);
        }
    }

    private static String describe(Side side) {
        return String.format(Locale.ROOT, "%,.0f/s (%.1f µs, median %.1f)", 1e9 / side.nanosPerOp(),
                side.nanosPerOp() / 1000, side.medianLatencyNanos() / 1000);
    }
}
