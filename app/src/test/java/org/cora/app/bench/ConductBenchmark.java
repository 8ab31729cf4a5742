package org.cora.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.cora.adapters.postgres.EmbeddedPostgresServer;
import org.cora.app.CoraApplication;
import org.cora.application.features.conductprocedure.ConductProcedureCommand;
import org.cora.application.features.conductprocedure.ConductProcedureHandler;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.features.registerprocedure.RegisterProcedureCommand;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * End-to-end conduct benchmark: a Procedure of N setpoints conducted through the real wiring
 * (handlers, Conductor, PostgreSQL event store and journal on a durable embedded server, the
 * simulated beamline, on an address without latency), each setpoint journalling a durable in-flight marker and
 * its outcome, against the floor measured in the same run on the same server: a plain JDBC loop
 * of two journal-shaped INSERT + COMMIT per step. Then the resume point of a Procedure with
 * 100,000 journal rows ({@link ResumePointBenchmark}).
 *
 * <p>Run: {@code ./mvnw -B -q -Pbenchmark -pl app -am verify -DskipTests} (see docs/BENCHMARKS.md).
 */
public final class ConductBenchmark {

    private static final int STEPS = Integer.getInteger("cora.bench.steps", 1000);
    private static final int ROUNDS = Integer.getInteger("cora.bench.rounds", 5);
    /** A demo address that takes a write at once (no motor, no latency): the benchmark measures Cora, not motion. */
    private static final String ADDRESS = "sim:cam:exposure";

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("cora-bench");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data.resolve("pg"), 0)) {
            server.createDatabaseIfMissing("cora");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoraApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("cora.database.url=" + server.jdbcUrl("cora"), "cora.database.user=" + server.user(),
                            "cora.database.password=", "cora.security.development-allow-all=true",
                            "logging.level.root=WARN")
                    .run()) {
                run(context);
            }
        }
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        createFloorTable(dataSource);
        conduct(context, 200);
        floor(dataSource, 200, false);
        floor(dataSource, 200, true);
        List<Double> conduct = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> autocommitFloor = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            conduct.add(conduct(context, STEPS));
            floor.add(floor(dataSource, STEPS, false));
            autocommitFloor.add(floor(dataSource, STEPS, true));
        }
        report(conduct, floor, autocommitFloor);
        ResumePointBenchmark.run(context, dataSource);
        ResolutionBenchmark.run(context);
        System.out.printf(Locale.ROOT, "JVM resident memory after the run: %s%n", residentMemory());
    }

    /** Seconds to conduct a Procedure of {@code steps} setpoints, from the handler call to its return. */
    static double conduct(ConfigurableApplicationContext context, int steps) {
        Caller caller = new Caller("benchmark", UUID.randomUUID());
        ProcedureId id = context.getBean(RegisterProcedureHandler.class)
                .handle(new RegisterProcedureCommand("benchmark", "benchmark", List.of(), null, null), caller);
        List<Step> list = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            list.add(new SetpointStep(ADDRESS, SetpointValue.of(Json.num(i % 180)), false));
        }
        long start = System.nanoTime();
        ConductorResult result = context.getBean(ConductProcedureHandler.class)
                .handle(new ConductProcedureCommand(id, list), caller);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.succeeded() || result.completedCount() != steps) {
            throw new IllegalStateException("the benchmark conduct failed: " + result);
        }
        return seconds;
    }

    static void createFloorTable(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_floor (LIKE entries_operation_procedure_activities INCLUDING ALL)");
        }
    }

    /**
     * Seconds for {@code steps} steps of two journal-shaped rows each (a setpoint's in-flight marker
     * and its outcome), each row its own durable commit: INSERT then COMMIT (two round trips), or
     * with {@code autocommit} the INSERT alone (one).
     */
    static double floor(DataSource dataSource, int steps, boolean autocommit) throws Exception {
        String sql = "INSERT INTO bench_floor (event_id, procedure_id, logbook_id, actor_id, command_name, step_kind,"
                + " payload, sampled_at, occurred_at, correlation_id) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)";
        UUID procedure = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(autocommit);
            long start = System.nanoTime();
            for (int i = 0; i < 2 * steps; i++) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, procedure);
                insert.setObject(3, procedure);
                insert.setString(4, "benchmark");
                insert.setString(5, "AppendProcedureActivities");
                insert.setString(6, "setpoint");
                insert.setString(7, "{\"address\":\"" + ADDRESS + "\",\"value\":" + (i / 2 % 180) + ",\"step_index\":" + i / 2
                        + ",\"result\":\"" + (i % 2 == 0 ? "in_flight" : "ok") + "\"}");
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.setObject(10, procedure);
                insert.executeUpdate();
                if (!autocommit) {
                    c.commit();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            return seconds;
        }
    }

    private static void report(List<Double> conduct, List<Double> floor, List<Double> autocommitFloor)
            throws Exception {
        double conductMedian = median(conduct);
        double floorMedian = median(floor);
        System.out.printf(Locale.ROOT, "steps per conduct: %d, rounds: %d (medians below)%n", STEPS, ROUNDS);
        System.out.printf(Locale.ROOT, "conduct: %.0f steps/s, %.3f ms/step (rounds: %s)%n", STEPS / conductMedian,
                conductMedian * 1000 / STEPS, perStep(conduct));
        System.out.printf(Locale.ROOT, "floor, 2 x (INSERT + COMMIT):   %.0f steps/s, %.3f ms/step (rounds: %s)%n", STEPS / floorMedian,
                floorMedian * 1000 / STEPS, perStep(floor));
        double autocommitMedian = median(autocommitFloor);
        System.out.printf(Locale.ROOT, "floor, 2 x autocommit INSERT: %.0f steps/s, %.3f ms/step (rounds: %s)%n",
                STEPS / autocommitMedian, autocommitMedian * 1000 / STEPS, perStep(autocommitFloor));
        System.out.printf(Locale.ROOT, "ratio conduct/floor: %.2f (target <= 1.5); conduct/autocommit floor: %.2f%n",
                conductMedian / floorMedian, conductMedian / autocommitMedian);
    }

    static String perStep(List<Double> seconds) {
        return seconds.stream().map(s -> String.format(Locale.ROOT, "%.3f", s * 1000 / STEPS)).toList().toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static String residentMemory() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring("VmRSS:".length()).strip()).findFirst().orElse("unknown");
    }
}
