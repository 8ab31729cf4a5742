package org.cora.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The service in a process of its own, started the way {@code ./cora run} starts it (the same
 * main class and arguments, on this build's classpath), so a test can kill it for real.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServiceProcess start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        return start(dataDirectory, log, List.of());
    }

    /** As {@link #start(Path, Path)}, with further {@code --key=value} arguments (a database URL, a beamline model). */
    static ServiceProcess start(Path dataDirectory, Path log, List<String> arguments)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), CoraApplication.class.getName(),
                "--cora.data-dir=" + dataDirectory, "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        service.awaitReady();
        return service;
    }

    HttpSession http() {
        return new HttpSession(port);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left running as an orphan. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the orderly shutdown an operator's Ctrl-C or systemd gives. Returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within 60 s; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitReady() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        HttpSession probe = http();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (probe.get("/procedures/00000000-0000-7000-8000-000000000000").status() == 404) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not ready within " + READY_WITHIN + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
