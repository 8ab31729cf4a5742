package org.cora.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.cora.adapters.postgres.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service on a database of its own, with the periodic lost-conductor watch asleep: the
 * test decides when a sweep runs. The other test contexts of the JVM (whose watches sweep every
 * two seconds) never see this database, so a state a sweep would change stays put until the test
 * sweeps.
 */
@TestPropertySource(properties = "cora.conductor.sweep-interval=1h")
@ContextConfiguration(initializers = SweepControlledServerTest.OwnDatabase.class)
abstract class SweepControlledServerTest extends CoraServerTest {

    private static final PostgresTestDatabase.TestDb OWN_DATABASE = PostgresTestDatabase.shared().freshDatabase();

    @Value("${cora.database.url}")
    String databaseUrl;

    /** Put first, ahead of the shared database {@link CoraServerTest} registers. */
    static final class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-test-database", Map.of(
                    "cora.database.url", OWN_DATABASE.jdbcUrl(),
                    "cora.database.user", Objects.toString(OWN_DATABASE.user(), ""),
                    "cora.database.password", Objects.toString(OWN_DATABASE.password(), ""))));
        }
    }

    @BeforeEach
    void onItsOwnDatabase() {
        assertThat(databaseUrl).as("the service must run on this class's own database").isEqualTo(OWN_DATABASE.jdbcUrl());
    }

    @Override
    DataSource testDatabase() {
        return OWN_DATABASE.dataSource();
    }
}
