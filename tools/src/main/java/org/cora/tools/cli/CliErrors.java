package org.cora.tools.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** What went wrong, as one line on standard error and the exit code a script can rely on. */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception problem, CommandLine line, CommandLine.ParseResult parsed) {
        PrintWriter err = line.getErr();
        CliExit exit = switch (problem) {
            case ServiceUnreachable u -> {
                err.println("cora: cannot reach Cora at " + u.url() + ": " + u.getMessage());
                yield CliExit.UNREACHABLE;
            }
            case ServiceRefused r -> {
                err.println("cora: " + r.describe());
                yield CliExit.ofRefusal(r.status());
            }
            case InvalidInput i -> {
                err.println("cora: " + i.getMessage());
                yield CliExit.USAGE;
            }
            default -> {
                err.println("cora: internal error: " + problem);
                problem.printStackTrace(err);
                yield CliExit.BUG;
            }
        };
        err.flush();
        return exit.code();
    }
}
