package org.cora.tools.cli;

import java.util.Optional;
import java.util.OptionalInt;
import org.cora.domain.json.Json;

/** What a conduct or a conduct-from answered, told to a person or a script, and the exit code it means. */
final class ConductOutcome {

    private ConductOutcome() {
    }

    static int report(Session session, String procedureId, CoraClient.Reply reply, boolean follow) {
        if (reply.status() == 202) {
            return follow ? following(session, procedureId) : accepted(session, procedureId, reply);
        }
        Json.Obj outcome = reply.json();
        if (session.json()) {
            session.printJson(outcome);
        } else {
            session.out().println(summary(procedureId, outcome));
            session.out().flush();
        }
        return CliExit.ofConduct(outcome).code();
    }

    static String summary(String procedureId, Json.Obj outcome) {
        int done = JsonFields.integer(outcome, "completed_count").orElse(0);
        Optional<Json.Obj> failure = JsonFields.object(outcome, "failure");
        return switch (CliExit.ofConduct(outcome)) {
            case OK -> "Completed: " + steps(done) + " conducted.";
            case HELD -> JsonFields.isTrue(outcome, "acquisition_halt")
                    ? "Waiting for you before the acquisition at " + failure.map(ConductOutcome::where).orElse("?")
                            + ": replay it or skip it (docs/RESUME.md, 'Resuming')."
                    : "Held after " + steps(done) + failure.map(f -> "; " + failed(f)).orElse("") + "."
                            + System.lineSeparator() + "Resume with: cora conduct-from " + procedureId;
            case REFUSED -> "Not conducted: " + failure.map(ConductOutcome::failed).orElse("refused");
            default -> "Aborted after " + steps(done) + failure.map(f -> "; " + failed(f)).orElse("") + ".";
        };
    }

    private static int following(Session session, String procedureId) {
        session.toPerson().println("Accepted; following Procedure " + procedureId
                + " (Ctrl-C stops following, not the conduct).");
        return FollowProcedureCli.follow(session, procedureId, FollowProcedureCli.RECONNECT_FOR);
    }

    private static int accepted(Session session, String procedureId, CoraClient.Reply reply) {
        Optional<String> location = reply.location();
        if (session.json()) {
            session.printJson(reply.json().with("procedure_id", Json.str(procedureId))
                    .with("location", location.<Json>map(Json::str).orElse(Json.NULL)));
        } else {
            session.out().println("Accepted: the service conducts it in the background"
                    + location.map(l -> " (" + l + ")").orElse("") + ".");
            session.out().println("Follow it with: cora follow " + procedureId);
            session.out().flush();
        }
        return CliExit.OK.code();
    }

    /** {@code step 2 (check sim:m1.RBV) failed: CheckFailedError: ...}, or the lifecycle refusal. */
    private static String failed(Json.Obj failure) {
        String why = JsonFields.text(failure, "error_class").orElse("?") + ": "
                + JsonFields.text(failure, "message").orElse("");
        return JsonFields.integer(failure, "step_index").isPresent() ? where(failure) + " failed: " + why : why;
    }

    private static String where(Json.Obj failure) {
        OptionalInt index = JsonFields.integer(failure, "step_index");
        return (index.isPresent() ? "step " + (index.getAsInt() + 1) + " (step_index " + index.getAsInt() + ", " : "(")
                + JsonFields.text(failure, "source_kind").orElse("?") + " "
                + JsonFields.text(failure, "target").orElse("?") + ")";
    }

    private static String steps(int count) {
        return count == 1 ? "1 step" : count + " steps";
    }
}
