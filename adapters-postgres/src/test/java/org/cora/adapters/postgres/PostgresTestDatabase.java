package org.cora.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server that persistence and HTTP tests run against, chosen once per JVM, in
 * this order:
 * <ol>
 *   <li>the server at {@value #URL_VARIABLE} (a JDBC URL of a database to connect to for
 *       administration), with {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} when the
 *       URL does not carry the credentials; that user needs the CREATEDB privilege;</li>
 *   <li>a Testcontainers {@code postgres:17} container, when Testcontainers is on the class path
 *       and finds a Docker engine;</li>
 *   <li>otherwise an {@link EmbeddedPostgresServer} on a temporary directory, stopped and deleted
 *       when the JVM exits.</li>
 * </ol>
 * Each {@link #freshDatabase()} is a new, empty, fully migrated database of its own, so test
 * classes never see each other's rows. Databases are not dropped: the container and the embedded
 * server disappear with the JVM, and on a server of one's own they are easy to spot by their
 * {@value #DATABASE_PREFIX} prefix.
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "CORA_TEST_DATABASE_URL";
    public static final String USER_VARIABLE = "CORA_TEST_DATABASE_USER";
    public static final String PASSWORD_VARIABLE = "CORA_TEST_DATABASE_PASSWORD";
    public static final String DATABASE_PREFIX = "cora_test_";

    private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);
    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    private static final String TESTCONTAINERS_PROBE = "org.testcontainers.DockerClientFactory";
    private static final int MAX_POOL_SIZE = 8;
    private static final long POOL_IDLE_TIMEOUT_MS = 10_000;

    private static PostgresTestDatabase shared;

    private final Server server;

    /**
     * Where a server is and how to administer it.
     *
     * @param description for the log: which of the three sources it is
     * @param adminJdbcUrl a database to connect to for {@code CREATE DATABASE}
     * @param user null when the URL carries it
     * @param password null when the URL carries it or none is needed
     */
    record Server(String description, String adminJdbcUrl, String user, String password) {
    }

    /**
     * A database of one's own on the shared server, with a connection pool of up to
     * {@value #MAX_POOL_SIZE} connections.
     *
     * @param user null when {@link #jdbcUrl()} carries it
     * @param password null when {@link #jdbcUrl()} carries it or none is needed
     */
    public record TestDb(String databaseName, String jdbcUrl, String user, String password,
                         HikariDataSource dataSource) implements AutoCloseable {

        /** Closes the pool; the database and its rows stay. */
        @Override
        public void close() {
            dataSource.close();
        }
    }

    private PostgresTestDatabase(Server server) {
        this.server = server;
    }

    /**
     * The server of this JVM, chosen and started on first use.
     *
     * @throws IllegalStateException when the chosen server cannot be reached or started; the
     *     next call tries again
     */
    public static synchronized PostgresTestDatabase shared() {
        if (shared == null) {
            Server server = chooseServer();
            log.info("Tests use PostgreSQL from {}", server.description());
            shared = new PostgresTestDatabase(server);
        }
        return shared;
    }

    /** Which of the three sources this JVM uses, for diagnostics. */
    public String description() {
        return server.description();
    }

    /**
     * Creates a new, uniquely named database, applies Cora's migrations to it, and opens a pool.
     * The caller closes the returned handle.
     */
    public TestDb freshDatabase() {
        String name = DATABASE_PREFIX + UUID.randomUUID().toString().replace("-", "");
        createDatabase(name);
        String jdbcUrl = withDatabase(server.adminJdbcUrl(), name);
        HikariDataSource pool = pool(jdbcUrl, name);
        try {
            PostgresSchema.migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new TestDb(name, jdbcUrl, server.user(), server.password(), pool);
    }

    /**
     * {@code jdbcUrl} pointed at {@code database} instead, keeping hosts and parameters.
     *
     * @throws IllegalArgumentException for URLs without a host ({@code jdbc:postgresql:db})
     */
    static String withDatabase(String jdbcUrl, String database) {
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException(
                    "Expected jdbc:postgresql://host[:port][/database][?parameters], got " + jdbcUrl);
        }
        int queryStart = jdbcUrl.indexOf('?', JDBC_PREFIX.length());
        if (queryStart < 0) {
            queryStart = jdbcUrl.length();
        }
        int pathStart = jdbcUrl.indexOf('/', JDBC_PREFIX.length());
        if (pathStart < 0 || pathStart > queryStart) {
            pathStart = queryStart;
        }
        return jdbcUrl.substring(0, pathStart) + "/" + database + jdbcUrl.substring(queryStart);
    }

    private static Server chooseServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Server(URL_VARIABLE + " (" + url + ")", url.strip(),
                    System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
        }
        if (testcontainersOnClassPath() && TestcontainersPostgres.dockerAvailable()) {
            return TestcontainersPostgres.start();
        }
        return startEmbedded();
    }

    /** Modules that take this class without Testcontainers on their test class path still work. */
    private static boolean testcontainersOnClassPath() {
        try {
            Class.forName(TESTCONTAINERS_PROBE, false, PostgresTestDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Server startEmbedded() {
        Path directory;
        try {
            directory = Files.createTempDirectory("cora-test-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the embedded PostgreSQL", e);
        }
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory, 0);
        // Test code owns this server, so closing it from a shutdown hook is right here.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            embedded.close();
            deleteRecursively(directory);
        }, "cora-test-postgres-shutdown"));
        return new Server("embedded PostgreSQL on " + directory, embedded.jdbcUrl("postgres"),
                embedded.user(), "");
    }

    private void createDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(server.adminJdbcUrl(), credentials());
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " on "
                    + server.description(), e);
        }
    }

    private Properties credentials() {
        Properties credentials = new Properties();
        if (server.user() != null) {
            credentials.setProperty("user", server.user());
        }
        if (server.password() != null) {
            credentials.setProperty("password", server.password());
        }
        return credentials;
    }

    private HikariDataSource pool(String jdbcUrl, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        // Forgotten pools of finished test classes then give their connections back to the
        // server instead of exhausting its max_connections.
        config.setMinimumIdle(0);
        config.setIdleTimeout(POOL_IDLE_TIMEOUT_MS);
        return new HikariDataSource(config);
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // The JVM is exiting; a leftover temporary directory is all that is lost.
        }
    }
}
