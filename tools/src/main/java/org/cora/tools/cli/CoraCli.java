package org.cora.tools.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cora.domain.json.Json;
import org.cora.domain.json.JsonParser;
import org.cora.domain.json.MalformedJsonException;
import org.cora.domain.step.InvalidStepError;
import org.cora.domain.step.StepWireCodec;

/**
 * The operator's command line, a thin client of the HTTP API. Step files are checked locally
 * with the same codec the service uses, so a typo is reported before anything is sent.
 *
 * <pre>
 * cora-cli [--url URL] [--as PRINCIPAL] register NAME KIND
 * cora-cli [--url URL] [--as PRINCIPAL] conduct PROCEDURE_ID STEPS_FILE
 * cora-cli [--url URL] show|journal|events PROCEDURE_ID
 * </pre>
 *
 * Exit codes: 0 done (a conduct that ran and succeeded), 1 the service refused or a step failed,
 * 2 a usage or input error, 3 the service could not be reached.
 */
public final class CoraCli {

    static final String DEFAULT_URL = "http://localhost:8080";

    private final PrintStream out;
    private final PrintStream err;

    public CoraCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new CoraCli(System.out, System.err).run(args));
    }

    public int run(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String url = option(rest, "--url").orElse(DEFAULT_URL);
        String principal = option(rest, "--as").orElse(null);
        if (rest.isEmpty()) {
            return usage("no command given");
        }
        CoraClient client = new CoraClient(url, principal);
        try {
            return dispatch(client, rest.getFirst(), rest.subList(1, rest.size()));
        } catch (CoraClient.Unreachable e) {
            err.println("cannot reach Cora at " + url + ": " + e.getMessage());
            return 3;
        }
    }

    private int dispatch(CoraClient client, String command, List<String> args) {
        return switch (command) {
            case "register" -> args.size() == 2 ? print(client.post("/procedures",
                    Json.Obj.builder().put("name", args.get(0)).put("kind", args.get(1)).build())) : usage("register NAME KIND");
            case "conduct" -> args.size() == 2 ? conduct(client, args.get(0), Path.of(args.get(1)))
                    : usage("conduct PROCEDURE_ID STEPS_FILE");
            case "show" -> args.size() == 1 ? print(client.get("/procedures/" + args.get(0))) : usage("show PROCEDURE_ID");
            case "journal" -> args.size() == 1 ? print(client.get("/procedures/" + args.get(0) + "/activities"))
                    : usage("journal PROCEDURE_ID");
            case "events" -> args.size() == 1 ? print(client.get("/procedures/" + args.get(0) + "/events"))
                    : usage("events PROCEDURE_ID");
            default -> usage("unknown command '" + command + "'");
        };
    }

    private int conduct(CoraClient client, String procedureId, Path stepsFile) {
        Json steps;
        try {
            steps = JsonParser.parse(Files.readString(stepsFile));
            StepWireCodec.fromRequest(steps instanceof Json.Obj o ? o.get("steps").orElse(Json.NULL) : steps, "steps");
        } catch (IOException e) {
            err.println("cannot read " + stepsFile + ": " + e.getMessage());
            return 2;
        } catch (MalformedJsonException | InvalidStepError e) {
            err.println(stepsFile + ": " + e.getMessage());
            return 2;
        }
        Json.Obj body = steps instanceof Json.Obj o ? o : Json.Obj.builder().put("steps", steps).build();
        CoraClient.Reply reply = client.post("/procedures/" + procedureId + "/conduct", body);
        int printed = print(reply);
        return printed != 0 ? printed : reply.json().get("succeeded").filter(Json.bool(true)::equals).isPresent() ? 0 : 1;
    }

    private int print(CoraClient.Reply reply) {
        (reply.status() < 400 ? out : err).println(PrettyJson.write(reply.json()));
        return reply.status() < 400 ? 0 : 1;
    }

    private int usage(String problem) {
        err.println("cora-cli: " + problem);
        err.println("usage: cora-cli [--url URL] [--as PRINCIPAL] register NAME KIND | conduct PROCEDURE_ID STEPS_FILE"
                + " | show PROCEDURE_ID | journal PROCEDURE_ID | events PROCEDURE_ID");
        return 2;
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size()) {
            return Optional.empty();
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return Optional.of(value);
    }
}
