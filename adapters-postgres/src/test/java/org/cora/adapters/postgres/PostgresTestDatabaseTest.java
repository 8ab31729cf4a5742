package org.cora.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.cora.adapters.postgres.PostgresTestDatabase.TestDb;
import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTest {

    @Test
    void twoFreshDatabasesAreSeparateAndBothMigrated() throws SQLException {
        PostgresTestDatabase server = PostgresTestDatabase.shared();
        try (TestDb first = server.freshDatabase(); TestDb second = server.freshDatabase()) {
            assertThat(first.databaseName()).isNotEqualTo(second.databaseName());
            assertThat(publicTables(first.dataSource()))
                    .contains("events", "entries_operation_procedure_activities");
            assertThat(publicTables(second.dataSource()))
                    .contains("events", "entries_operation_procedure_activities");

            try (Connection connection = first.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE only_in_the_first (id int)");
            }

            assertThat(publicTables(first.dataSource())).contains("only_in_the_first");
            assertThat(publicTables(second.dataSource())).doesNotContain("only_in_the_first");
        }
    }

    @Test
    void theUrlAndCredentialsOfAFreshDatabaseConnectToIt() throws SQLException {
        try (TestDb db = PostgresTestDatabase.shared().freshDatabase()) {
            Properties credentials = new Properties();
            if (db.user() != null) {
                credentials.setProperty("user", db.user());
            }
            if (db.password() != null) {
                credentials.setProperty("password", db.password());
            }
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), credentials);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT current_database()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(db.databaseName());
            }
        }
    }

    @Test
    void aJdbcUrlIsPointedAtAnotherDatabaseKeepingHostsAndParameters() {
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://localhost:5432/postgres", "x"))
                .isEqualTo("jdbc:postgresql://localhost:5432/x");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://db:5432/test?loggerLevel=OFF&ssl=false", "x"))
                .isEqualTo("jdbc:postgresql://db:5432/x?loggerLevel=OFF&ssl=false");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://a:1,b:2?targetServerType=primary", "x"))
                .isEqualTo("jdbc:postgresql://a:1,b:2/x?targetServerType=primary");
        assertThat(PostgresTestDatabase.withDatabase("jdbc:postgresql://localhost", "x"))
                .isEqualTo("jdbc:postgresql://localhost/x");
        assertThatThrownBy(() -> PostgresTestDatabase.withDatabase("jdbc:postgresql:postgres", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> publicTables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
