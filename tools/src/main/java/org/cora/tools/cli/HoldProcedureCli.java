package org.cora.tools.cli;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cora hold ID REASON}: {@code POST /procedures/{id}/hold}. */
@Command(name = "hold", mixinStandardHelpOptions = true,
        description = {"Hold a Procedure.",
                "With no conduct walking it, it is Held at once; while one walks it, the hold lands when the step "
                        + "in progress has finished (a move or a count is never cut short)."})
public final class HoldProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Parameters(index = "0", paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "REASON",
            description = "why, for the next shift (the words are joined by spaces)")
    List<String> reason;

    @Override
    public Integer call() {
        Session session = service.session();
        CoraClient.Reply reply = session.client().post("/procedures/" + procedureId + "/hold",
                Json.Obj.builder().put("reason", String.join(" ", reason)).build());
        boolean requested = reply.status() == 202;
        if (session.json()) {
            session.printJson(requested ? reply.json()
                    : Json.Obj.builder().put("procedure_id", procedureId.toString()).put("status", "Held").build());
        } else {
            session.out().println(requested
                    ? "Hold requested: the conductor holds when the step in progress has finished."
                    : "Held.");
            session.out().flush();
        }
        return CliExit.OK.code();
    }
}
