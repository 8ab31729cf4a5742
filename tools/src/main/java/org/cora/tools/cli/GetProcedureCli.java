package org.cora.tools.cli;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cora procedures show ID}: {@code GET /procedures/{id}}, one field a line. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a Procedure: its status, name, kind, ... (fields without a value are left out).")
final class GetProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Override
    public Integer call() {
        Session session = service.session();
        Json.Obj procedure = session.client().get("/procedures/" + procedureId).json();
        if (session.json()) {
            session.printJson(procedure);
            return CliExit.OK.code();
        }
        List<Map.Entry<String, Json>> shown = procedure.fields().entrySet().stream()
                .filter(f -> !isEmpty(f.getValue())).toList();
        int width = shown.stream().mapToInt(f -> f.getKey().length()).max().orElse(0);
        for (Map.Entry<String, Json> field : shown) {
            session.out().printf("%-" + width + "s  %s%n", field.getKey(), JsonFields.display(field.getValue()));
        }
        session.out().flush();
        return CliExit.OK.code();
    }

    private static boolean isEmpty(Json value) {
        return value instanceof Json.Null || value instanceof Json.Arr a && a.items().isEmpty();
    }
}
