package org.cora.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cora.adapters.postgres.JooqContexts;
import org.cora.adapters.postgres.PostgresConductLocks;
import org.cora.adapters.postgres.PostgresEventStore;
import org.cora.adapters.postgres.PostgresJournalStore;
import org.cora.adapters.postgres.PostgresLostConductorCandidates;
import org.cora.adapters.postgres.PostgresSchema;
import org.cora.adapters.postgres.PostgresTransactions;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.EventStore;
import org.cora.application.port.JournalStore;
import org.cora.application.port.LostConductorCandidates;
import org.cora.application.port.Transactions;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL: the pool (migrated by Flyway before first use), jOOQ, the event store and the journal. */
@Configuration(proxyBeanMethods = false)
class PersistenceWiring {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${cora.database.url}") String url,
                                @Value("${cora.database.user:}") String user,
                                @Value("${cora.database.password:}") String password,
                                @Value("${cora.database.pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user.isEmpty() ? null : user);
        config.setPassword(password.isEmpty() ? null : password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("cora");
        // A dead peer's connection is noticed by the OS, not only at the next statement.
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        PostgresSchema.migrate(dataSource);
        return dataSource;
    }

    @Bean
    DSLContext dsl(HikariDataSource dataSource) {
        return JooqContexts.threadBound(dataSource);
    }

    @Bean
    EventStore eventStore(DSLContext dsl) {
        return new PostgresEventStore(dsl);
    }

    @Bean
    JournalStore journalStore(DSLContext dsl) {
        return new PostgresJournalStore(dsl);
    }

    @Bean
    Transactions transactions(DSLContext dsl) {
        return new PostgresTransactions(dsl);
    }

    @Bean
    ConductLocks conductLocks(DSLContext dsl) {
        return new PostgresConductLocks(dsl);
    }

    @Bean
    LostConductorCandidates lostConductorCandidates(DSLContext dsl) {
        return new PostgresLostConductorCandidates(dsl);
    }
}
