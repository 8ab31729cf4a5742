package org.cora.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cora.adapters.postgres.EmbeddedPostgresServer;
import org.cora.app.security.AccessMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Cora. Without {@code --cora.database.url} it runs its own PostgreSQL on a data directory
 * that survives restarts ({@code ~/.cora/data} or {@code --cora.data-dir}), recovering a server
 * orphaned by a killed predecessor; that default is also development mode unless a tokens file is
 * given (see {@link AccessMode}). Shutdown closes the application context first and stops
 * PostgreSQL only after it, so no in-flight append loses its database.
 */
@SpringBootApplication(scanBasePackages = {"org.cora.app", "org.cora.adapters.http"})
public class CoraApplication {

    static final String DATABASE = "cora";
    private static final Logger LOG = LoggerFactory.getLogger(CoraApplication.class);

    public static void main(String[] args) throws Exception {
        LaunchSettings settings = LaunchSettings.from(args, System.getenv());
        EmbeddedPostgresServer embedded = settings.databaseUrl().isPresent() ? null : startEmbedded(settings);
        SpringApplication application = new SpringApplication(CoraApplication.class);
        application.setRegisterShutdownHook(false);
        if (embedded != null) {
            application.setDefaultProperties(Map.of(
                    LaunchSettings.DATABASE_URL, embedded.jdbcUrl(DATABASE),
                    "cora.database.user", embedded.user(),
                    "cora.database.password", "",
                    AccessMode.EMBEDDED_DATABASE, "true"));
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(context, embedded), "cora-shutdown"));
    }

    private static EmbeddedPostgresServer startEmbedded(LaunchSettings settings) throws Exception {
        Path dir = settings.dataDirectory();
        Files.createDirectories(dir.getParent());
        LOG.info("Starting embedded PostgreSQL on {} (fsync, synchronous_commit and full_page_writes on)", dir);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, settings.embeddedPort());
        server.createDatabaseIfMissing(DATABASE);
        return server;
    }

    private static void stop(ConfigurableApplicationContext context, EmbeddedPostgresServer embedded) {
        context.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
