package org.cora.tools.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.cora.tools.CoraTool;
import picocli.CommandLine;

/** Runs {@code cora} as {@code main} does, with its output captured. */
final class Cora {

    record Ran(int exit, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cora() {
    }

    static Ran run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CoraTool.commandLine(context);
        line.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Ran(exit, out.toString(), err.toString());
    }

    static Ran run(String... args) {
        return run(CliContext.unattended(Map.of()), args);
    }
}
