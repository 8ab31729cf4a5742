package org.cora.adapters.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A process on this machine, identified only by its pid and inspected through Linux's
 * {@code /proc}. Pids are reused, so every answer describes whatever process holds the pid at the
 * moment of the call, not necessarily the one that held it earlier.
 */
record LocalProcess(long pid) {

    private static final Path PROC = Path.of("/proc");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final String DELETED_SUFFIX = " (deleted)";

    LocalProcess {
        if (pid <= 0) {
            throw new IllegalArgumentException("a pid is positive, got " + pid);
        }
    }

    /**
     * Whether the process exists and has not exited. A zombie (exited, not yet reaped by its
     * parent) is not running: in containers whose init does not reap, an exited postmaster can
     * stay a zombie for a while, and {@link ProcessHandle#isAlive()} would call it alive.
     */
    boolean isRunning() {
        if (!Files.isDirectory(PROC)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return state().map(state -> state != 'Z' && state != 'X').orElse(false);
    }

    /** Whether the process has exited but its parent has not reaped it yet. */
    boolean isZombie() {
        return state().map(state -> state == 'Z').orElse(false);
    }

    /**
     * The program the process runs, or empty when it cannot be read (gone, no {@code /proc}, or
     * owned by another user). A program replaced on disk since it started keeps its old path.
     */
    Optional<Path> executable() {
        try {
            String target = Files.readSymbolicLink(procEntry("exe")).toString();
            if (target.endsWith(DELETED_SUFFIX)) {
                target = target.substring(0, target.length() - DELETED_SUFFIX.length());
            }
            return Optional.of(Path.of(target));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process's current directory is {@code directory} (same file, whatever path led
     * to it). A postmaster changes into its data directory at start-up, which makes this a
     * reliable "serves this data directory" test even if its command line was rewritten.
     *
     * @throws IOException when the process's directory cannot be read (gone, or not ours)
     */
    boolean hasWorkingDirectory(Path directory) throws IOException {
        return Files.isSameFile(procEntry("cwd"), directory);
    }

    /** The command line for log messages, or a placeholder when it cannot be read. */
    String commandLine() {
        try {
            byte[] raw = Files.readAllBytes(procEntry("cmdline"));
            String line = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').strip();
            return line.isEmpty() ? "(no command line)" : line;
        } catch (IOException e) {
            return "(command line unreadable)";
        }
    }

    /**
     * Waits until the process is no longer {@linkplain #isRunning() running}.
     *
     * @return whether it stopped within {@code timeout}
     */
    boolean awaitExit(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning()) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                // Not our child: there is nothing to block on, so poll.
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning();
            }
        }
        return true;
    }

    /**
     * Sends a signal by name ({@code TERM}, {@code INT}, ...) with the system's {@code kill}.
     * The JDK can only send TERM and KILL; PostgreSQL gives INT its own meaning (fast shutdown).
     *
     * @return whether {@code kill} reported success
     */
    boolean signal(String name) throws IOException {
        Process kill = new ProcessBuilder("kill", "-s", name, Long.toString(pid))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return kill.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill.destroyForcibly();
            return false;
        }
    }

    /** The state letter of {@code /proc/<pid>/stat} (R, S, D, Z, ...), empty when gone. */
    private Optional<Character> state() {
        try {
            String stat = Files.readString(procEntry("stat"), StandardCharsets.UTF_8);
            // The command name in parentheses may itself contain spaces and parentheses.
            int endOfName = stat.lastIndexOf(')');
            if (endOfName < 0 || endOfName + 2 >= stat.length()) {
                return Optional.empty();
            }
            return Optional.of(stat.charAt(endOfName + 2));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path procEntry(String name) {
        return PROC.resolve(Long.toString(pid)).resolve(name);
    }
}
