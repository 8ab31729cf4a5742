package org.cora.app.bench;

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
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointHandler;
import org.cora.application.features.getprocedureresumepoint.GetProcedureResumePointQuery;
import org.cora.application.features.registerprocedure.RegisterProcedureHandler;
import org.cora.application.features.startprocedure.StartProcedureHandler;
import org.cora.application.port.Caller;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.registerprocedure.RegisterProcedureCommand;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.json.Json;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.resume.ResumePoint;
import org.cora.domain.step.SetpointStep;
import org.cora.domain.step.SetpointValue;
import org.cora.domain.step.Step;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resume point of a Procedure whose journal holds 100,000 rows (a pinned list of 1,000
 * setpoints, walked many times over), through the real handler: with the (procedure_id,
 * append_seq) index, and once without it for comparison.
 */
final class ResumePointBenchmark {

    static final int ROWS = Integer.getInteger("cora.bench.journal-rows", 100_000);
    private static final int CALLS = 50;
    private static final String INDEX = "entries_operation_procedure_activities_by_procedure";

    private ResumePointBenchmark() {
    }

    static void run(ConfigurableApplicationContext context, DataSource dataSource) throws Exception {
        Caller caller = new Caller("benchmark", UUID.randomUUID());
        ProcedureId id = startedWithAPin(context, caller);
        UUID logbook = UUID.randomUUID();
        fillJournal(dataSource, id, logbook);
        GetProcedureResumePointHandler handler = context.getBean(GetProcedureResumePointHandler.class);
        ResumePoint point = handler.handle(new GetProcedureResumePointQuery(id), caller);
        List<Double> indexed = time(handler, id, caller, CALLS);
        System.out.printf(Locale.ROOT, "resume point over %,d journal rows: median %.2f ms, max %.2f ms (%d calls; answer: step %d, %s)%n",
                ROWS, ConductBenchmark.median(indexed), max(indexed), CALLS, point.boundary(), point.reason().wireName());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX " + INDEX);
            List<Double> unindexed = time(handler, id, caller, 5);
            System.out.printf(Locale.ROOT, "  the same without the (procedure_id, append_seq) index: median %.2f ms (5 calls)%n",
                    ConductBenchmark.median(unindexed));
            s.execute("CREATE INDEX " + INDEX + " ON entries_operation_procedure_activities (procedure_id, append_seq)");
        }
    }

    private static ProcedureId startedWithAPin(ConfigurableApplicationContext context, Caller caller) {
        ProcedureId id = context.getBean(RegisterProcedureHandler.class)
                .handle(new RegisterProcedureCommand("resume point", "benchmark", List.of(), null, null), caller);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            steps.add(new SetpointStep("sim:m1", SetpointValue.of(Json.num(i % 180)), false));
        }
        ProcedureStreams streams = context.getBean(ProcedureStreams.class);
        context.getBean(ConductPreparation.class).resolveAndPinDurably(streams.load(id), steps, caller, "Benchmark");
        context.getBean(StartProcedureHandler.class).handle(new StartProcedureCommand(id), caller);
        return id;
    }

    /** Rows as walks leave them (an in-flight marker, then the outcome), the last one the outcome of step 500. */
    private static void fillJournal(DataSource dataSource, ProcedureId id, UUID logbook) throws Exception {
        String sql = "INSERT INTO entries_operation_procedure_activities (event_id, procedure_id, logbook_id, actor_id,"
                + " command_name, step_kind, payload, sampled_at, occurred_at, correlation_id)"
                + " VALUES (?, ?, ?, 'benchmark', 'AppendProcedureActivities', 'setpoint', ?::jsonb, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int row = 0; row < ROWS; row++) {
                int index = (row / 2 + 501) % 1000;
                String result = row % 2 == 0 ? "in_flight" : "ok";
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, id.value());
                insert.setObject(3, logbook);
                insert.setString(4, "{\"address\":\"sim:m1\",\"value\":1,\"step_index\":" + index + ",\"result\":\""
                        + result + "\"}");
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setObject(7, id.value());
                insert.addBatch();
                if (row % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE entries_operation_procedure_activities");
            }
            c.commit();
        }
    }

    private static List<Double> time(GetProcedureResumePointHandler handler, ProcedureId id, Caller caller, int calls) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            handler.handle(new GetProcedureResumePointQuery(id), caller);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
