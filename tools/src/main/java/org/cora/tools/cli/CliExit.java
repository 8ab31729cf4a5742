package org.cora.tools.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cora.domain.json.Json;
import picocli.CommandLine;

/** The exit codes a script can rely on, the same for every command; {@code --help} lists them. */
public enum CliExit {
    OK(0, "done: the request succeeded, the conduct completed, or (--async) the service accepted it"),
    FAILED(1, "a step failed: the Procedure was aborted (or it ended Aborted or Truncated)"),
    USAGE(2, "usage or input error: bad options or arguments, an invalid steps file, a conduct-from "
            + "not confirmed; nothing was changed"),
    UNREACHABLE(3, "the service could not be reached, or a dropped event stream could not be resumed"),
    HELD(4, "the Procedure is Held, or waits before an acquisition for the operator to decide"),
    NOT_ALLOWED(5, "not authenticated (HTTP 401: no or an unknown token) or not allowed (HTTP 403)"),
    REFUSED(6, "the service refused the request (not found, not in a state that allows it, invalid) "
            + "or failed (HTTP 5xx); the problem is printed"),
    BUG(70, "a bug in the CLI itself; the stack trace is printed");

    private final int code;
    private final String meaning;

    CliExit(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The outcome of a conduct or a conduct-from, as the service answered it. */
    static CliExit ofConduct(Json.Obj outcome) {
        if (JsonFields.isTrue(outcome, "succeeded")) {
            return OK;
        }
        if (JsonFields.isTrue(outcome, "held") || JsonFields.isTrue(outcome, "acquisition_halt")) {
            return HELD;
        }
        boolean refusedBeforeAnyStep = JsonFields.object(outcome, "failure")
                .flatMap(f -> JsonFields.text(f, "source_kind")).filter("lifecycle"::equals).isPresent();
        return refusedBeforeAnyStep ? REFUSED : FAILED;
    }

    /** The status a Procedure ended a follow with. */
    static CliExit ofStatus(String status) {
        return switch (status) {
            case "Completed" -> OK;
            case "Held" -> HELD;
            default -> FAILED;
        };
    }

    static CliExit ofRefusal(int httpStatus) {
        return httpStatus == 401 || httpStatus == 403 ? NOT_ALLOWED : REFUSED;
    }

    /** Lists the exit codes in the help of every command that talks to the service. */
    public static void document(CommandLine line) {
        if (ServiceOptions.isOn(line.getCommandSpec())) {
            Map<String, String> list = new LinkedHashMap<>();
            for (CliExit exit : values()) {
                list.put(String.valueOf(exit.code), exit.meaning);
            }
            line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
        }
        line.getSubcommands().values().forEach(CliExit::document);
    }
}
