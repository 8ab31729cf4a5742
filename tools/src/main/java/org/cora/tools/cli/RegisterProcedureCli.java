package org.cora.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cora register NAME KIND}: {@code POST /procedures}; prints the id alone, for {@code ID=$(cora register ...)}. */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = "Register a Procedure and print its id (with --json, the service's answer).")
public final class RegisterProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Parameters(index = "0", paramLabel = "NAME", description = "what it is for, for people")
    String name;

    @Parameters(index = "1", paramLabel = "KIND", description = "its kind (alignment, bakeout, ...)")
    String kind;

    @Option(names = "--target-asset", paramLabel = "ASSET_ID", description = "an asset it works on (repeatable)")
    List<UUID> targetAssets = new ArrayList<>();

    @Option(names = "--parent-run", paramLabel = "RUN_ID", description = "the Run it is a phase of")
    UUID parentRun;

    @Override
    public Integer call() {
        Session session = service.session();
        Json.ObjBuilder body = Json.Obj.builder().put("name", name).put("kind", kind);
        if (!targetAssets.isEmpty()) {
            body.put("target_asset_ids", Json.of(targetAssets.stream().map(UUID::toString).toList()));
        }
        if (parentRun != null) {
            body.put("parent_run_id", parentRun.toString());
        }
        Json.Obj registered = session.client().post("/procedures", body.build()).json();
        if (session.json()) {
            session.printJson(registered);
        } else {
            session.out().println(JsonFields.text(registered, "procedure_id").orElse(""));
            session.out().flush();
        }
        return CliExit.OK.code();
    }
}
