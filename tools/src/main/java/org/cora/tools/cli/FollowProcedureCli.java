package org.cora.tools.cli;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cora follow ID}: {@code GET /procedures/{id}/activities/stream}, on one updating line, to its end. */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Follow a Procedure's journal live until it leaves Running.",
                "One line updates in place: step k of n, the address or action, the value or result. A dropped "
                        + "connection is resumed where it stopped. The exit code says how the Procedure ended. With "
                        + "--json: each journal row as one JSON line, then {\"procedure_id\", \"status\"}."})
public final class FollowProcedureCli implements Callable<Integer> {

    static final Duration RECONNECT_FOR = Duration.ofSeconds(60);
    private static final Duration PAUSE = Duration.ofMillis(500);

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Option(names = "--reconnect-for", paramLabel = "SECONDS", defaultValue = "60",
            description = "how long to keep reconnecting after the stream drops (default ${DEFAULT-VALUE})")
    int reconnectFor;

    @Override
    public Integer call() {
        return follow(service.session(), procedureId.toString(), Duration.ofSeconds(reconnectFor));
    }

    static int follow(Session session, String procedureId, Duration reconnectFor) {
        PinnedStepCount stepCount = new PinnedStepCount(session.client(), procedureId);
        ProgressLine line = new ProgressLine(session.out(), session.context().outputIsTerminal() && !session.json(),
                session.context().columns());
        int attempts = (int) Math.max(1, reconnectFor.toMillis() / PAUSE.toMillis());
        String status = new ActivityStream(session.client(), procedureId, attempts, PAUSE)
                .follow(new ActivityStream.Listener() {
                    @Override
                    public void activity(Json.Obj item) {
                        if (session.json()) {
                            session.printJson(item);
                        } else {
                            line.show(ActivityLine.of(item, stepCount.get()));
                        }
                    }

                    @Override
                    public void reconnecting(int attempt, String why) {
                        String text = "connection lost (" + why + "); reconnecting, attempt " + attempt;
                        if (session.json()) {
                            session.err().println("cora: " + text);
                            session.err().flush();
                        } else {
                            line.show(text);
                        }
                    }
                });
        line.end();
        if (session.json()) {
            session.printJson(Json.Obj.builder().put("procedure_id", procedureId).put("status", status).build());
        } else {
            session.out().println("Procedure " + procedureId + " is " + status + ".");
            session.out().flush();
        }
        return CliExit.ofStatus(status).code();
    }
}
