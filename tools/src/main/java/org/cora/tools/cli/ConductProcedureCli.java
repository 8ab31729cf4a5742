package org.cora.tools.cli;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.cora.domain.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cora conduct ID STEPS_FILE}: {@code POST /procedures/{id}/conduct} (or {@code /conduct-or-hold}). */
@Command(name = "conduct", mixinStandardHelpOptions = true,
        description = {"Conduct steps on a registered Procedure.",
                "It pins the steps, starts, walks them and completes, or aborts at the first failed step "
                        + "(--or-hold: holds instead when a setpoint or a check fails). STEPS_FILE is YAML, or JSON "
                        + "when its name ends in .json: {steps: [...]} or a list of steps, checked here with the "
                        + "service's own rules before anything is sent."})
public final class ConductProcedureCli implements Callable<Integer> {

    @Mixin
    ServiceOptions service;

    @Mixin
    ConductMode mode;

    @Parameters(index = "0", paramLabel = "ID", description = "the Procedure")
    UUID procedureId;

    @Parameters(index = "1", paramLabel = "STEPS_FILE", description = "the steps, YAML or JSON")
    Path stepsFile;

    @Option(names = "--or-hold", description = "hold the Procedure instead of aborting it when a setpoint or a check fails")
    boolean orHold;

    @Override
    public Integer call() {
        Json.Obj steps = StepsFile.read(stepsFile);
        Session session = service.session();
        String path = "/procedures/" + procedureId + (orHold ? "/conduct-or-hold" : "/conduct");
        return ConductOutcome.report(session, procedureId.toString(), mode.post(session.client(), path, steps),
                mode.follow);
    }
}
