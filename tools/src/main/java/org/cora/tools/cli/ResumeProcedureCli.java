package org.cora.tools.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cora resume ID}: {@code POST /procedures/{id}/resume}, Held to Running without replaying anything. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Set a Held Procedure Running again, replaying nothing.",
                "For work by hand; conduct-from is the command that replays its steps."})
public final class ResumeProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Option(names = "--boundary", paramLabel = "N",
            description = "the re-establishment boundary, a 0-based step_index (default: the computed resume point)")
    Integer boundary;

    @Override
    public Integer call() {
        Session session = service.session();
        String procedure = "/procedures/" + procedureId;
        int at = boundary != null ? boundary : JsonFields.integer(session.client().get(procedure + "/resume-point").json(),
                "re_establishment_boundary").orElseThrow(() -> new InvalidInput("the service proposed no resume "
                        + "point: give one with --boundary"));
        session.client().post(procedure + "/resume", Json.Obj.builder().put("re_establishment_boundary", at).build());
        if (session.json()) {
            session.printJson(Json.Obj.builder().put("procedure_id", procedureId.toString()).put("status", "Running")
                    .put("re_establishment_boundary", at).build());
        } else {
            session.out().println("Running again from step_index " + at + "; nothing was replayed.");
            session.out().flush();
        }
        return CliExit.OK.code();
    }
}
