package org.cora.tools.cli;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cora procedures events ID}: {@code GET /procedures/{id}/events}, as a table. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Show a Procedure's events, in version order.")
final class GetProcedureEventsCli implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("VERSION", "EVENT_TYPE", "OCCURRED_AT", "PRINCIPAL");

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Override
    public Integer call() {
        Session session = service.session();
        Json.Obj events = session.client().get("/procedures/" + procedureId + "/events").json();
        if (session.json()) {
            session.printJson(events);
            return CliExit.OK.code();
        }
        session.out().print(Table.render(COLUMNS, JsonFields.objects(events, "items").stream()
                .map(e -> COLUMNS.stream().map(c -> JsonFields.text(e, c.toLowerCase(Locale.ROOT)).orElse("")).toList())
                .toList()));
        session.out().flush();
        return CliExit.OK.code();
    }
}
