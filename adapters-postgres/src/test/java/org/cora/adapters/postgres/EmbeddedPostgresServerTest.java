package org.cora.adapters.postgres;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    private static final Duration CHILD_READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration PROCESS_EXIT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    /** Servers and processes this test started, undone in reverse order whatever the outcome. */
    private final Deque<AutoCloseable> cleanups = new ArrayDeque<>();

    @AfterEach
    void undoEverythingStarted() throws Exception {
        Exception first = null;
        while (!cleanups.isEmpty()) {
            try {
                cleanups.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Test
    void dataSurvivesACloseAndARestartOnTheSameDirectory() throws Exception {
        Path directory = temp.resolve("data");
        try (EmbeddedPostgresServer server = start(directory)) {
            execute(server, "CREATE TABLE kept (note text)");
            execute(server, "INSERT INTO kept VALUES ('before the restart')");
        }

        try (EmbeddedPostgresServer restarted = start(directory)) {
            assertThat(queryOne(restarted, "SELECT note FROM kept")).isEqualTo("before the restart");
        }
    }

    @Test
    void theServerCommitsDurablyAndListensOnLocalhostOnly() throws Exception {
        try (EmbeddedPostgresServer server = start(temp.resolve("data"))) {
            assertThat(queryOne(server, "SHOW fsync")).isEqualTo("on");
            assertThat(queryOne(server, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(queryOne(server, "SHOW full_page_writes")).isEqualTo("on");
            assertThat(queryOne(server, "SHOW client_connection_check_interval")).isEqualTo("1s");
            assertThat(queryOne(server, "SHOW listen_addresses")).isEqualTo("localhost");
        }
    }

    @Test
    void aRequestedPortIsTheOneServed() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("data"), port)) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://localhost:" + port + "/postgres");
            assertThat(queryOne(server, "SHOW port")).isEqualTo(Integer.toString(port));
        }
    }

    @Test
    void closeStopsThePostmasterAndMayBeRepeated() {
        EmbeddedPostgresServer server = start(temp.resolve("data"));
        LocalProcess postmaster = new LocalProcess(server.postmasterPid());
        assertThat(postmaster.isRunning()).isTrue();

        server.close();
        server.close();

        assertThat(postmaster.isRunning()).isFalse();
        assertThat(server.dataDirectory().resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aServerLeftRunningByAKilledOwnerIsStoppedAndItsCommittedDataKept() throws Exception {
        Path directory = temp.resolve("data");
        Process owner = startOwnerInChildJvm(directory, "committed before the kill");
        LocalProcess orphan = new LocalProcess(awaitOwnerReady(owner));
        cleanups.push(() -> stopIfStillPostgres(orphan));

        owner.destroyForcibly();
        assertThat(owner.waitFor(PROCESS_EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(orphan.isRunning()).as("the killed owner's PostgreSQL outlives it").isTrue();

        try (EmbeddedPostgresServer server = start(directory)) {
            assertThat(orphan.isRunning()).as("the orphan was stopped").isFalse();
            assertThat(server.postmasterPid()).isNotEqualTo(orphan.pid());
            assertThat(queryOne(server, "SELECT note FROM " + OrphanedServerOwner.TABLE))
                    .isEqualTo("committed before the kill");
            assertThat(queryOne(server, "SHOW fsync")).as("the new server, not the orphan, answers").isEqualTo("on");
        }
    }

    @Test
    void aDataDirectoryWhoseOwnerIsAliveIsRefusedAndItsServerLeftRunning() throws Exception {
        Path directory = temp.resolve("data");
        Process owner = startOwnerInChildJvm(directory, "the owner is alive");
        LocalProcess ownersServer = new LocalProcess(awaitOwnerReady(owner));
        cleanups.push(() -> stopIfStillPostgres(ownersServer));

        assertThatThrownBy(() -> start(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not lock");

        assertThat(owner.isAlive()).isTrue();
        assertThat(ownersServer.isRunning()).as("a live owner's server is not stopped").isTrue();
        assertThat(PostmasterPidFile.read(directory)).map(PostmasterPidFile::pid).contains(ownersServer.pid());
    }

    @Test
    void aLockFileNamingAnUnrelatedLiveProcessLeavesThatProcessAloneAndTheServerStarts() throws Exception {
        Path directory = temp.resolve("data");
        start(directory).close();
        Process unrelated = new ProcessBuilder("sleep", "600").start();
        cleanups.push(() -> destroy(unrelated));
        writeLockFile(directory, unrelated.pid());

        try (EmbeddedPostgresServer server = start(directory)) {
            assertThat(queryOne(server, "SELECT 1")).isEqualTo("1");
            assertThat(server.postmasterPid()).isNotEqualTo(unrelated.pid());
        }
        assertThat(unrelated.isAlive()).as("the unrelated process was not signalled").isTrue();
    }

    @Test
    void aLockFileNamingAnotherDirectorysServerLeavesThatServerRunning() throws Exception {
        try (EmbeddedPostgresServer other = start(temp.resolve("other"))) {
            Path directory = temp.resolve("data");
            start(directory).close();
            writeLockFile(directory, other.postmasterPid());

            try (EmbeddedPostgresServer server = start(directory)) {
                assertThat(queryOne(server, "SELECT 1")).isEqualTo("1");
            }
            assertThat(new LocalProcess(other.postmasterPid()).isRunning()).isTrue();
            assertThat(queryOne(other, "SELECT 1")).isEqualTo("1");
        }
    }

    @Test
    void createDatabaseIfMissingCreatesOnceAndAcceptsRepeats() throws Exception {
        try (EmbeddedPostgresServer server = start(temp.resolve("data"))) {
            server.createDatabaseIfMissing("cora");
            server.createDatabaseIfMissing("cora");

            try (Connection connection = server.dataSource("cora").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("cora");
            }
            assertThatThrownBy(() -> server.createDatabaseIfMissing("cora\"; DROP DATABASE postgres; --"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDataDirectoryInsideTheLibrarysScratchDirectoryIsRefusedAndNotCreated() {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        Path inside = scratch.resolve("cora-" + UUID.randomUUID());

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(inside, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(inside.getFileName().toString());
        assertThat(inside).doesNotExist();
    }

    private EmbeddedPostgresServer start(Path directory) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0);
        cleanups.push(server);
        return server;
    }

    private Process startOwnerInChildJvm(Path directory, String note) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServerOwner.class.getName(), directory.toString(), note)
                .redirectErrorStream(true)
                .start();
        cleanups.push(() -> destroy(child));
        return child;
    }

    /** Reads the child's output until it reports its postmaster's pid, within a bound. */
    private static long awaitOwnerReady(Process owner) throws InterruptedException {
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Long> ready = CompletableFuture.supplyAsync(() -> readUntilReady(owner, output));
        try {
            return ready.get(CHILD_READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            owner.destroyForcibly();
            throw new AssertionError("The owner JVM never reported ready; its output:\n"
                    + String.join("\n", output), e);
        }
    }

    private static long readUntilReady(Process owner, List<String> output) {
        try (BufferedReader reader = owner.inputReader(UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.add(line);
                if (line.startsWith(OrphanedServerOwner.READY_PREFIX)) {
                    return Long.parseLong(line.substring(OrphanedServerOwner.READY_PREFIX.length()).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("The owner JVM ended its output without reporting ready");
    }

    /** A lock file as a server that was killed outright would leave it. */
    private static void writeLockFile(Path directory, long pid) throws IOException {
        Files.writeString(directory.resolve(PostmasterPidFile.FILE_NAME),
                pid + "\n" + directory.toRealPath() + "\n", UTF_8);
    }

    private static void destroy(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(PROCESS_EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Cleanup after a failed recovery: fast-shuts-down the orphan unless its pid is reused. */
    private static void stopIfStillPostgres(LocalProcess orphan) throws IOException {
        boolean stillPostgres = orphan.isRunning() && orphan.executable()
                .map(program -> program.getFileName().toString().equals("postgres"))
                .orElse(false);
        if (stillPostgres && orphan.signal("INT")) {
            orphan.awaitExit(PROCESS_EXIT_TIMEOUT);
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.dataSource("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = server.dataSource("postgres").getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
