package org.cora.adapters.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The lock file PostgreSQL keeps in its data directory while a server runs on it. Line 1 is the
 * postmaster's pid, line 2 the data directory it was started with; the rest (start time, port,
 * socket directory, ...) is not needed here.
 *
 * @param path where the file lives
 * @param pid the pid it names
 * @param recordedDataDirectory line 2 as written, empty if missing; only for messages, because a
 *     data directory renamed while the server ran keeps the old path here
 */
record PostmasterPidFile(Path path, long pid, String recordedDataDirectory) {

    static final String FILE_NAME = "postmaster.pid";

    /**
     * Reads the lock file of {@code dataDirectory}.
     *
     * @return empty when there is no lock file
     * @throws IllegalStateException when the file exists but line 1 is not a pid; a half-written
     *     file is left for PostgreSQL to judge rather than guessed at
     */
    static Optional<PostmasterPidFile> read(Path dataDirectory) {
        Path path = dataDirectory.resolve(FILE_NAME);
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        long pid = parsePid(path, lines);
        String recordedDataDirectory = lines.size() > 1 ? lines.get(1).strip() : "";
        return Optional.of(new PostmasterPidFile(path, pid, recordedDataDirectory));
    }

    /** Removes the file; PostgreSQL then starts without checking the pid it named. */
    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove stale " + path, e);
        }
    }

    private static long parsePid(Path path, List<String> lines) {
        String first = lines.isEmpty() ? "" : lines.getFirst().strip();
        try {
            long pid = Long.parseLong(first);
            if (pid > 0) {
                return pid;
            }
        } catch (NumberFormatException e) {
            // reported below with the offending text
        }
        throw new IllegalStateException(
                "Line 1 of " + path + " is not a pid: '" + first + "'. Remove the file by hand if no"
                        + " PostgreSQL runs on this data directory.");
    }
}
