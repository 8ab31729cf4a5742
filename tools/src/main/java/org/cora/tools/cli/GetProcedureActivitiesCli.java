package org.cora.tools.cli;

import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cora procedures journal ID}: {@code GET /procedures/{id}/activities}, one row a line. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Show a Procedure's step journal, in the order it was written.")
final class GetProcedureActivitiesCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Override
    public Integer call() {
        Session session = service.session();
        Json.Obj journal = session.client().get("/procedures/" + procedureId + "/activities").json();
        if (session.json()) {
            session.printJson(journal);
            return CliExit.OK.code();
        }
        OptionalInt stepCount = new PinnedStepCount(session.client(), procedureId.toString()).get();
        for (Json.Obj row : JsonFields.objects(journal, "items")) {
            session.out().println(JsonFields.text(row, "recorded_at").orElse("") + "  " + ActivityLine.of(row, stepCount));
        }
        session.out().flush();
        return CliExit.OK.code();
    }
}
