package org.cora.tools.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * What a command finds around it: the environment, a terminal to ask on when a person is at one,
 * and whether its output goes to a screen (where a progress line can update in place).
 */
public record CliContext(Map<String, String> environment, Optional<Terminal> terminal, boolean outputIsTerminal) {

    public CliContext {
        environment = Map.copyOf(environment);
    }

    public static CliContext system() {
        Console console = System.console();
        boolean interactive = isTerminal(console);
        return new CliContext(System.getenv(), interactive ? Optional.of(console::readLine) : Optional.empty(),
                interactive);
    }

    /** No one to ask and no screen: a script, a pipe, a CI job. */
    public static CliContext unattended(Map<String, String> environment) {
        return new CliContext(environment, Optional.empty(), false);
    }

    /** A person who types {@code answers}, one line per question, watching output that is not a screen. */
    public static CliContext scripted(Map<String, String> environment, Reader answers) {
        BufferedReader lines = new BufferedReader(answers);
        Terminal typed = () -> {
            try {
                return lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return new CliContext(environment, Optional.of(typed), false);
    }

    /** Width of the screen for a progress line: {@code COLUMNS} when the shell exports it, else 80. */
    int columns() {
        try {
            return Math.max(20, Integer.parseInt(environment.getOrDefault("COLUMNS", "80").strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * Up to JDK 21 a console exists only when both standard input and output are a terminal; from
     * JDK 22 on one may exist anyway, and its {@code isTerminal()} (absent from the 21 API we
     * compile against) tells.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException jdk21) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
