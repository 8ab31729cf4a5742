package org.cora.adapters.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Cora's database schema: the Flyway migrations shipped in this module. */
public final class PostgresSchema {

    /** Where the migrations live on the class path. */
    public static final String MIGRATIONS_LOCATION = "classpath:db/migration";

    private PostgresSchema() {
    }

    /**
     * Brings the schema of {@code dataSource}'s database up to the latest migration; a database
     * already there is left unchanged.
     *
     * @throws org.flywaydb.core.api.FlywayException when a migration fails, an applied one was
     *     changed, or the migrations are missing from the class path
     */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS_LOCATION)
                // A packaging mistake would otherwise "succeed" with an empty schema.
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
