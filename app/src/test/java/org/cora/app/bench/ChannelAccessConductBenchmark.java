package org.cora.app.bench;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.cora.adapters.hardware.SimulatedBeamlineControlPort;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocServer;
import org.cora.adapters.hardware.epics.ca.CaSimulatedIocSettings;
import org.cora.adapters.postgres.EmbeddedPostgresServer;
import org.cora.app.CoraApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Procedure of N setpoints conducted over Channel Access: the real wiring with every address
 * routed {@code epics_ca} to the demo beamline served as a soft IOC on loopback (each setpoint a
 * put-callback that completes when the simulator has taken the value), against, in the same run
 * and on the same durable embedded PostgreSQL, the journal floor of {@link ConductBenchmark} (two
 * INSERT + COMMIT per step) and the same conduct against the simulator in process.
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl app -am verify -DskipTests} (docs/BENCHMARKS.md).
 */
public final class ChannelAccessConductBenchmark {

    private static final int STEPS = Integer.getInteger("cora.bench.steps", 1000);
    private static final int ROUNDS = Integer.getInteger("cora.bench.rounds", 5);

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("cora-bench-ca");
        int iocPort = freePort();
        int repeaterPort = freePort();
        try (SimulatedBeamlineControlPort beamline = SimulatedBeamlineControlPort.demo(Instant::now);
             CaSimulatedIocServer ioc = new CaSimulatedIocServer(beamline,
                     new CaSimulatedIocSettings(iocPort, List.of("127.0.0.1"), repeaterPort, true));
             EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("pg"), 0)) {
            server.createDatabaseIfMissing("cora");
            String[] database = {"cora.database.url=" + server.jdbcUrl("cora"), "cora.database.user=" + server.user(),
                    "cora.database.password=", "cora.security.development-allow-all=true",
                    "logging.level.root=WARN"};
            try (ConfigurableApplicationContext overCa = context(database,
                    "cora.control.routes=[{\"prefix\": \"sim:\", \"substrate\": \"epics_ca\", \"is_simulated\": true}]",
                    "cora.epics.ca.addr-list=127.0.0.1", "cora.epics.ca.auto-addr-list=false",
                    "cora.epics.ca.server-port=" + iocPort, "cora.epics.ca.repeater-port=" + repeaterPort);
                 ConfigurableApplicationContext inProcess = context(database)) {
                run(overCa, inProcess);
            }
        }
    }

    private static ConfigurableApplicationContext context(String[] database, String... more) {
        List<String> properties = new ArrayList<>(List.of(database));
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(CoraApplication.class).web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new)).run();
    }

    private static void run(ConfigurableApplicationContext overCa, ConfigurableApplicationContext inProcess)
            throws Exception {
        DataSource dataSource = overCa.getBean(DataSource.class);
        ConductBenchmark.createFloorTable(dataSource);
        ConductBenchmark.conduct(overCa, 200);
        ConductBenchmark.conduct(inProcess, 200);
        ConductBenchmark.floor(dataSource, 200, false);
        List<Double> ca = new ArrayList<>();
        List<Double> local = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ca.add(ConductBenchmark.conduct(overCa, STEPS));
            local.add(ConductBenchmark.conduct(inProcess, STEPS));
            floor.add(ConductBenchmark.floor(dataSource, STEPS, false));
        }
        double caMedian = ConductBenchmark.median(ca);
        double localMedian = ConductBenchmark.median(local);
        double floorMedian = ConductBenchmark.median(floor);
        System.out.printf(Locale.ROOT, "over Channel Access: %d setpoints per conduct, %d rounds (medians)%n", STEPS,
                ROUNDS);
        System.out.printf(Locale.ROOT, "conduct over CA:         %.3f ms/step (rounds: %s)%n",
                caMedian * 1000 / STEPS, ConductBenchmark.perStep(ca));
        System.out.printf(Locale.ROOT, "conduct in process:      %.3f ms/step (rounds: %s)%n",
                localMedian * 1000 / STEPS, ConductBenchmark.perStep(local));
        System.out.printf(Locale.ROOT, "floor, 2 x (INSERT + COMMIT): %.3f ms/step (rounds: %s)%n",
                floorMedian * 1000 / STEPS, ConductBenchmark.perStep(floor));
        System.out.printf(Locale.ROOT, "ratio CA conduct/floor: %.2f; in-process conduct/floor: %.2f; "
                + "CA cost per step: %.3f ms%n", caMedian / floorMedian, localMedian / floorMedian,
                (caMedian - localMedian) * 1000 / STEPS);
    }

    /** A port free for both TCP and UDP on loopback a moment ago. */
    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (java.io.IOException taken) {
                // that port's UDP side is in use: try another
            }
        }
        throw new IllegalStateException("no port free for both TCP and UDP");
    }
}
