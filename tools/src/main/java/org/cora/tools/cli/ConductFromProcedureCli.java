package org.cora.tools.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cora conduct-from ID}: shows {@code GET /procedures/{id}/resume-point}, asks, then
 * {@code POST /procedures/{id}/conduct-from}. Replaying moves hardware, so a person confirms it
 * on a terminal, or a script says {@code --yes}; with neither, nothing is sent.
 */
@Command(name = "conduct-from", mixinStandardHelpOptions = true,
        description = {"Resume a Held Procedure by replaying its pinned steps.",
                "It shows where the replay would start (the resume point, or --boundary) and asks "
                        + "'Proceed? [y/N]' on the terminal first; --yes does not ask. Without a terminal to ask on "
                        + "and without --yes, it refuses (exit code 2) and changes nothing."})
public final class ConductFromProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Mixin
    ConductMode mode;

    @Parameters(paramLabel = "ID", description = "the Held Procedure")
    UUID procedureId;

    @Option(names = "--boundary", paramLabel = "N",
            description = "replay from this 0-based step_index instead of the resume point (0 replays everything)")
    Integer boundary;

    @Option(names = "--restore-captures", description = "reuse the values captured before the boundary")
    boolean restoreCaptures;

    @Option(names = {"-y", "--yes"}, description = "proceed without asking (for scripts)")
    boolean yes;

    @Override
    public Integer call() {
        Session session = service.session();
        String procedure = "/procedures/" + procedureId;
        Json.Obj point = session.client().get(procedure + "/resume-point").json();
        session.toPerson().println(proposal(point, boundary));
        session.toPerson().flush();
        if (!yes && !confirmed(session)) {
            return CliExit.USAGE.code();
        }
        Json.ObjBuilder body = Json.Obj.builder();
        if (boundary != null) {
            body.put("re_establishment_boundary", boundary);
        }
        if (restoreCaptures) {
            body.put("restore_captures", true);
        }
        return ConductOutcome.report(session, procedureId.toString(),
                mode.post(session.client(), procedure + "/conduct-from", body.build()), mode.follow);
    }

    /** Where the replay would start and why, the step there, and whether it stops for the operator. */
    static String proposal(Json.Obj point, Integer boundary) {
        int count = JsonFields.integer(point, "step_count").orElse(0);
        int at = JsonFields.integer(point, "re_establishment_boundary").orElse(0);
        String id = JsonFields.text(point, "procedure_id").orElse("");
        StringBuilder text = new StringBuilder();
        if (at >= count) {
            text.append("Procedure ").append(id).append(" has done all its ").append(count)
                    .append(" steps: resuming replays nothing and completes it.");
        } else {
            text.append("Procedure ").append(id).append(" would resume at ")
                    .append(ActivityLine.position(at, OptionalInt.of(count))).append(" (step_index ").append(at)
                    .append("), ").append(why(JsonFields.text(point, "reason").orElse(""))).append(':')
                    .append(System.lineSeparator()).append("  ")
                    .append(JsonFields.object(point, "step").map(ActivityLine::step).orElse("?"));
        }
        if (boundary != null && boundary != at) {
            text.append(System.lineSeparator()).append("You asked to replay from ")
                    .append(ActivityLine.position(boundary, OptionalInt.of(count))).append(" (step_index ")
                    .append(boundary).append(") instead.");
        } else if (JsonFields.isTrue(point, "halts_at_acquisition")) {
            text.append(System.lineSeparator())
                    .append("The replay stops before the next acquisition (an action), for you to decide.");
        }
        return text.toString();
    }

    private static String why(String reason) {
        return switch (reason) {
            case "in_flight" -> "the step that was interrupted mid-effect, done again";
            case "failed" -> "the step that failed";
            case "next" -> "the first step not yet done";
            default -> reason;
        };
    }

    private static boolean confirmed(Session session) {
        Optional<Terminal> terminal = session.context().terminal();
        if (terminal.isEmpty()) {
            session.err().println("cora: conduct-from asks before it moves anything, and there is no terminal to ask "
                    + "on: add --yes to proceed without asking");
            session.err().flush();
            return false;
        }
        PrintWriter person = session.toPerson();
        person.print("Proceed? [y/N] ");
        person.flush();
        String answer = Optional.ofNullable(terminal.get().readLine()).orElse("").strip();
        boolean proceed = answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes");
        if (!proceed) {
            person.println("Not resumed; nothing was changed.");
            person.flush();
        }
        return proceed;
    }
}
