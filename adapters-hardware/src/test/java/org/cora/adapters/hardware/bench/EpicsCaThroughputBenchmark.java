package org.cora.adapters.hardware.bench;

import com.cosylab.epics.caj.CAJContext;
import gov.aps.jca.CAStatus;
import gov.aps.jca.Channel;
import gov.aps.jca.dbr.DBR;
import gov.aps.jca.dbr.DBRType;
import gov.aps.jca.configuration.DefaultConfiguration;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.ca.CaLoopback;
import org.cora.domain.json.Json;

/**
 * Throughput of {@code EpicsCaControlPort} against a plain CAJ client doing the same work on the
 * same {@code CaSimulatedIocServer} in the same run: reads (a DBR_TIME_DOUBLE get with a callback,
 * awaited) and waited writes (a put-callback, awaited), one at a time, on loopback. After a
 * warm-up, each round interleaves the two clients in small batches; the table gives the median
 * rate of each over the rounds, and the adapter's overhead is how much slower it is than the plain
 * client.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl adapters-hardware verify -DskipTests -o} (with the
 * pvAccess benchmark), or this class alone with the test classpath. {@code -Dcora.bench.rounds}
 * (default 5) and {@code -Dcora.bench.round-ms} (default 1000) change the sizes.
 */
public final class EpicsCaThroughputBenchmark {

    private static final int ROUNDS = Integer.getInteger("cora.bench.rounds", 5);
    private static final Duration ROUND = Duration.ofMillis(Integer.getInteger("cora.bench.round-ms", 1000));
    private static final Duration WARM_UP = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final String PV = "bench:value";
    private static final int BATCH = 50;
    /** Held so the level sticks: CAJ logs every server start and ephemeral port at INFO. */
    private static final java.util.logging.Logger CAJ_LOG = java.util.logging.Logger.getLogger("com.cosylab.epics.caj");

    private enum Operation { READ, WAITED_WRITE }

    private enum Client { PLAIN_CAJ, ADAPTER }

    /** One operation done once by one client. */
    @FunctionalInterface
    private interface Op {
        void run(int i) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("CA_DISABLE_REPEATER", "true");
        CAJ_LOG.setLevel(java.util.logging.Level.WARNING);
        SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.fromYaml(
                new StringReader("addresses:\n  " + PV + ":\n    value: 0.0\n"), Instant::now);
        try (CaLoopback ca = CaLoopback.serve(beamline)) {
            CAJContext plain = plainClient(ca.server().port(), ca.repeaterPort());
            try {
                Channel channel = plain.createChannel(PV);
                plain.pendIO(PATIENCE.toSeconds());
                Map<Client, Map<Operation, Op>> ops = Map.of(
                        Client.PLAIN_CAJ, Map.of(
                                Operation.READ, i -> plainRead(plain, channel),
                                Operation.WAITED_WRITE, i -> plainWrite(plain, channel, i)),
                        Client.ADAPTER, Map.of(
                                Operation.READ, i -> ca.port().read(PV),
                                Operation.WAITED_WRITE, i -> ca.port().write(PV, Json.num(i), true, PATIENCE)));
                report(measure(ops));
            } finally {
                plain.destroy();
            }
        }
    }

    private static Map<Operation, Map<Client, List<Double>>> measure(Map<Client, Map<Operation, Op>> ops)
            throws Exception {
        for (Operation operation : Operation.values()) {
            round(ops, operation, WARM_UP);
        }
        Map<Operation, Map<Client, List<Double>>> rates = new EnumMap<>(Operation.class);
        for (int round = 0; round < ROUNDS; round++) {
            for (Operation operation : Operation.values()) {
                round(ops, operation, ROUND).forEach((client, rate) -> rates
                        .computeIfAbsent(operation, o -> new EnumMap<>(Client.class))
                        .computeIfAbsent(client, c -> new ArrayList<>())
                        .add(rate));
            }
        }
        return rates;
    }

    /**
     * One round of {@code operation}: batches of {@value #BATCH} operations, the clients taking turns
     * (and turns about who goes first), until each has run for {@code span}. Interleaving this finely
     * lets both clients share whatever else the machine is doing at the time.
     */
    private static Map<Client, Double> round(Map<Client, Map<Operation, Op>> ops, Operation operation, Duration span)
            throws Exception {
        Map<Client, long[]> spent = new EnumMap<>(Client.class);
        for (Client client : Client.values()) {
            spent.put(client, new long[2]);
        }
        int turn = 0;
        while (spent.values().stream().anyMatch(s -> s[0] < span.toNanos())) {
            List<Client> order = turn++ % 2 == 0 ? List.of(Client.PLAIN_CAJ, Client.ADAPTER)
                    : List.of(Client.ADAPTER, Client.PLAIN_CAJ);
            for (Client client : order) {
                long[] tally = spent.get(client);
                Op op = ops.get(client).get(operation);
                long started = System.nanoTime();
                for (int i = 0; i < BATCH; i++) {
                    op.run((int) tally[1] + i);
                }
                tally[0] += System.nanoTime() - started;
                tally[1] += BATCH;
            }
        }
        Map<Client, Double> rates = new EnumMap<>(Client.class);
        spent.forEach((client, tally) -> rates.put(client, tally[1] / (tally[0] / 1e9)));
        return rates;
    }

    private static void report(Map<Operation, Map<Client, List<Double>>> rates) {
        System.out.printf(Locale.ROOT, "EPICS CA throughput, loopback, one operation at a time: median of %d rounds "
                + "of %d ms per client (interleaved in batches of %d) after %d s warm-up%n", ROUNDS, ROUND.toMillis(),
                BATCH, WARM_UP.toSeconds());
        System.out.printf(Locale.ROOT, "%-14s %14s %20s %10s%n", "operation", "plain CAJ /s", "EpicsCaControlPort /s",
                "overhead");
        for (Operation operation : Operation.values()) {
            double plain = median(rates.get(operation).get(Client.PLAIN_CAJ));
            double adapter = median(rates.get(operation).get(Client.ADAPTER));
            System.out.printf(Locale.ROOT, "%-14s %14.0f %20.0f %9.1f%%%n", operation.name().toLowerCase(Locale.ROOT),
                    plain, adapter, 100 * (plain - adapter) / plain);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static void plainRead(CAJContext context, Channel channel) throws Exception {
        CompletableFuture<DBR> reply = new CompletableFuture<>();
        channel.get(DBRType.TIME_DOUBLE, 1, event -> reply.complete(event.getDBR()));
        context.flushIO();
        reply.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void plainWrite(CAJContext context, Channel channel, int i) throws Exception {
        CompletableFuture<CAStatus> done = new CompletableFuture<>();
        channel.put((double) i, event -> done.complete(event.getStatus()));
        context.flushIO();
        CAStatus status = done.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (status != CAStatus.NORMAL) {
            throw new IllegalStateException("put failed: " + status);
        }
    }

    /** A CAJ context configured as the adapter's: the loopback address list only. */
    private static CAJContext plainClient(int serverPort, int repeaterPort) throws Exception {
        DefaultConfiguration configuration = new DefaultConfiguration("plain-caj");
        configuration.setAttribute("addr_list", "127.0.0.1");
        configuration.setAttribute("auto_addr_list", "false");
        configuration.setAttribute("server_port", Integer.toString(serverPort));
        configuration.setAttribute("repeater_port", Integer.toString(repeaterPort));
        CAJContext context = new CAJContext();
        context.configure(configuration);
        context.initialize();
        return context;
    }

}
