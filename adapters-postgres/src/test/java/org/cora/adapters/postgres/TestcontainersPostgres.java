package org.cora.adapters.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The Testcontainers source of {@link PostgresTestDatabase}, in a class of its own so that it is
 * only loaded, with Testcontainers, once Testcontainers is known to be on the class path.
 */
final class TestcontainersPostgres {

    private static final String IMAGE = "postgres:17";

    private TestcontainersPostgres() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a container that lives until the JVM exits. */
    static PostgresTestDatabase.Server start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                // Every test class opens a pool of its own; the image's default of 100 is tight.
                .withCommand("postgres", "-c", "max_connections=300");
        container.start();
        // Ryuk removes the container too, unless it is switched off.
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "cora-test-postgres-container-stop"));
        return new PostgresTestDatabase.Server("Testcontainers " + IMAGE + " (" + container.getJdbcUrl() + ")",
                container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
