package org.cora.adapters.postgres;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a data directory free to start on when the JVM that last owned it was killed: the
 * PostgreSQL it started then keeps running, and a new start would fail on the lock file or, on a
 * fixed port, silently reuse the old server with whatever settings it had.
 *
 * <p>Must only run while this process holds the embedded library's lock on the data directory
 * (its data-directory customizer is called at exactly that point), so a server whose owner is
 * alive is never touched.
 *
 * <p>What the lock file names is only stopped when it provably is a PostgreSQL server of this
 * very data directory: its program is {@code postgres} and its current directory is this data
 * directory. A pid reused by any other process is never signalled; the stale lock file is removed
 * instead. A process that cannot be inspected is left alone and so is its lock file, so that
 * PostgreSQL's own checks refuse to start a second server on the same files.
 */
final class OrphanedPostmasterRecovery {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmasterRecovery.class);

    /** How long the orphan gets to stop, per attempt; a fast shutdown only writes a checkpoint. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final Duration PG_CTL_GRACE = Duration.ofSeconds(10);
    private static final String POSTGRES_PROGRAM = "postgres";

    private enum Holder {
        /** The pid no longer exists: PostgreSQL recognises and replaces such a lock file itself. */
        EXITED,
        /** Exited but not reaped: PostgreSQL would mistake the pid for a live server. */
        ZOMBIE,
        /** A PostgreSQL server running on this data directory. */
        THIS_DATA_DIRECTORYS_POSTMASTER,
        /** Any other process that has the pid now, servers of other data directories included. */
        UNRELATED_PROCESS,
        /** Running, but its program or directory cannot be read (another user's process). */
        UNIDENTIFIABLE
    }

    private final Path dataDirectory;

    private OrphanedPostmasterRecovery(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /**
     * Stops the orphaned PostgreSQL of {@code dataDirectory}, if there is one, and waits until
     * it has exited; removes a lock file that names an unrelated or exited-but-unreaped process.
     *
     * @throws IllegalStateException when an orphan is found but does not stop within the bounded
     *     waits: starting a second server on the same files must not be attempted
     */
    static void recover(Path dataDirectory) {
        new OrphanedPostmasterRecovery(dataDirectory).recover();
    }

    private void recover() {
        Optional<PostmasterPidFile> found = PostmasterPidFile.read(dataDirectory);
        if (found.isEmpty()) {
            return;
        }
        PostmasterPidFile pidFile = found.get();
        LocalProcess process = new LocalProcess(pidFile.pid());
        switch (identify(process)) {
            case EXITED -> log.info(
                    "{} names pid {}, which has exited (unclean stop); PostgreSQL will replace it",
                    pidFile.path(), process.pid());
            case ZOMBIE -> removeStale(pidFile, "has exited but was never reaped");
            case UNRELATED_PROCESS -> removeStale(pidFile, "now belongs to a process that does not serve"
                    + " this data directory, which is left alone: " + process.commandLine());
            case UNIDENTIFIABLE -> log.warn(
                    "{} names running pid {}, which cannot be inspected; leaving it for PostgreSQL's"
                            + " own lock-file check", pidFile.path(), process.pid());
            case THIS_DATA_DIRECTORYS_POSTMASTER -> stopOrphan(pidFile, process);
        }
    }

    private Holder identify(LocalProcess process) {
        if (!process.isRunning()) {
            return process.isZombie() ? Holder.ZOMBIE : Holder.EXITED;
        }
        Optional<Path> program = process.executable();
        if (program.isEmpty()) {
            return Holder.UNIDENTIFIABLE;
        }
        if (!program.get().getFileName().toString().equals(POSTGRES_PROGRAM)) {
            return Holder.UNRELATED_PROCESS;
        }
        try {
            return process.hasWorkingDirectory(dataDirectory)
                    ? Holder.THIS_DATA_DIRECTORYS_POSTMASTER
                    : Holder.UNRELATED_PROCESS;
        } catch (IOException e) {
            // It may have exited between the two reads; ask again rather than guess.
            return process.isRunning() ? Holder.UNIDENTIFIABLE : Holder.EXITED;
        }
    }

    private void removeStale(PostmasterPidFile pidFile, String why) {
        log.warn("Removing stale {}: pid {} {}", pidFile.path(), pidFile.pid(), why);
        pidFile.delete();
    }

    private void stopOrphan(PostmasterPidFile pidFile, LocalProcess postmaster) {
        log.warn("PostgreSQL pid {} is still running on {} (recorded as '{}'), left behind by an owner"
                        + " that did not stop it (killed JVM?); stopping it before starting: {}",
                postmaster.pid(), dataDirectory, pidFile.recordedDataDirectory(), postmaster.commandLine());
        long started = System.nanoTime();
        boolean stopped = stopWithPgCtl(postmaster) || stopWithSignals(postmaster);
        if (!stopped) {
            throw new IllegalStateException("Orphaned PostgreSQL pid " + postmaster.pid() + " on "
                    + dataDirectory + " did not stop; stop it by hand before starting again");
        }
        log.info("Orphaned PostgreSQL pid {} on {} has stopped after {} ms", postmaster.pid(),
                dataDirectory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * The clean way: {@code pg_ctl stop -m fast} (roll back open transactions, checkpoint, exit),
     * with the {@code pg_ctl} that belongs to the orphan's own binaries.
     */
    private boolean stopWithPgCtl(LocalProcess postmaster) {
        Optional<Path> pgCtl = postmaster.executable()
                .map(program -> program.resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            log.warn("No pg_ctl beside the orphan's program {}; falling back to signals",
                    postmaster.executable().map(Path::toString).orElse("(unknown)"));
            return false;
        }
        try {
            int exitCode = runPgCtlStop(pgCtl.get());
            if (exitCode != 0) {
                log.warn("pg_ctl stop exited with {}; falling back to signals", exitCode);
                return !postmaster.isRunning();
            }
        } catch (IOException e) {
            log.warn("pg_ctl stop could not run; falling back to signals", e);
            return false;
        }
        return postmaster.awaitExit(STOP_TIMEOUT);
    }

    private int runPgCtlStop(Path pgCtl) throws IOException {
        List<String> command = new ArrayList<>();
        // As root, the library runs initdb and pg_ctl (and so the server) in a new user namespace,
        // because PostgreSQL refuses to run as root; this pg_ctl must run the same way.
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "stop",
                "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())));
        log.info("Running {}", String.join(" ", command));
        Process pgCtlProcess = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread output = Thread.ofVirtual().name("pg_ctl-stop-output")
                .start(() -> logOutput(pgCtlProcess));
        try {
            if (!pgCtlProcess.waitFor(STOP_TIMEOUT.plus(PG_CTL_GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                pgCtlProcess.destroyForcibly();
                throw new IOException("pg_ctl stop did not return within " + STOP_TIMEOUT.plus(PG_CTL_GRACE));
            }
            output.join(PG_CTL_GRACE);
            return pgCtlProcess.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pgCtlProcess.destroyForcibly();
            throw new IOException("Interrupted while waiting for pg_ctl stop", e);
        }
    }

    private static void logOutput(Process process) {
        try (BufferedReader reader = process.inputReader()) {
            reader.lines().forEach(line -> log.info("pg_ctl: {}", line));
        } catch (IOException | UncheckedIOException e) {
            log.debug("pg_ctl output ended early", e);
        }
    }

    /**
     * The fallback when pg_ctl is unusable: TERM (smart shutdown, enough once the orphan's
     * clients are gone), then INT (fast shutdown). Re-identifies the pid before every signal.
     */
    private boolean stopWithSignals(LocalProcess postmaster) {
        Duration perSignal = STOP_TIMEOUT.dividedBy(2);
        for (String signal : List.of("TERM", "INT")) {
            Holder holder = identify(postmaster);
            if (holder != Holder.THIS_DATA_DIRECTORYS_POSTMASTER) {
                return holder != Holder.UNIDENTIFIABLE;
            }
            log.warn("Sending SIG{} to orphaned PostgreSQL pid {}", signal, postmaster.pid());
            try {
                if (postmaster.signal(signal) && postmaster.awaitExit(perSignal)) {
                    return true;
                }
            } catch (IOException e) {
                log.warn("Could not send SIG{} to pid {}", signal, postmaster.pid(), e);
            }
        }
        return !postmaster.isRunning();
    }
}
