package org.cora.app;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cora.tools.CoraTool;
import org.cora.tools.cli.CliContext;
import picocli.CommandLine;

/** The {@code cora} command line, run as {@code main} runs it, against the server under test; what it prints is kept. */
final class CoraAtTheTerminal {

    record Ran(int exit, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private final String url;

    CoraAtTheTerminal(int port) {
        this.url = "http://127.0.0.1:" + port;
    }

    /** As a script would: no terminal to ask on. */
    Ran run(String... args) {
        return run(CliContext.unattended(Map.of()), args);
    }

    /** As a person typing {@code answers}, one line per question. */
    Ran typing(String answers, String... args) {
        return run(CliContext.scripted(Map.of(), new StringReader(answers)), args);
    }

    /** On a thread of its own, for a command that waits (a conduct) while others run. */
    static CompletableFuture<Ran> inTheBackground(Supplier<Ran> command) {
        CompletableFuture<Ran> ran = new CompletableFuture<>();
        Thread.ofPlatform().name("cora-cli").start(() -> ran.complete(command.get()));
        return ran;
    }

    private Ran run(CliContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CoraTool.commandLine(context).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exit = line.execute(Stream.concat(Stream.of("--url", url), Stream.of(args)).toArray(String[]::new));
        return new Ran(exit, out.toString(), err.toString());
    }
}
