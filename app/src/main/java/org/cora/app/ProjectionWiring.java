package org.cora.app;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.cora.adapters.postgres.PostgresProcedureSummaries;
import org.cora.adapters.postgres.PostgresProjectionWorker;
import org.cora.adapters.postgres.ProcedureSummaryProjection;
import org.cora.application.features.listprocedures.ListProceduresHandler;
import org.cora.application.port.Authorize;
import org.cora.application.port.ProcedureSummaries;
import org.jooq.DSLContext;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models and the list queries on them. The projection worker starts with the context,
 * after Flyway has migrated the pool's database, and stops before the pool closes.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionWiring {

    @Bean
    ProcedureSummaries procedureSummaries(DSLContext dsl) {
        return new PostgresProcedureSummaries(dsl);
    }

    @Bean
    ListProceduresHandler listProceduresHandler(Authorize authorize, ProcedureSummaries summaries) {
        return new ListProceduresHandler(authorize, summaries);
    }

    @Bean(destroyMethod = "close")
    PostgresProjectionWorker projectionWorker(HikariDataSource dataSource,
                                              @Value("${cora.projections.poll-interval:1s}") Duration pollInterval,
                                              @Value("${cora.projections.batch-size:500}") int batchSize,
                                              @Value("${cora.projections.lag-warning:10s}") Duration lagWarning,
                                              @Value("${cora.projections.rebuild-on-start:false}") boolean rebuild) {
        PostgresProjectionWorker worker = new PostgresProjectionWorker(dataSource, listenerConnection(dataSource),
                List.of(new ProcedureSummaryProjection()), new PostgresProjectionWorker.Settings(pollInterval,
                        batchSize, lagWarning));
        if (rebuild) {
            worker.rebuildAll();
        }
        worker.start();
        return worker;
    }

    /** The LISTEN connection is opened beside the pool, so that it never holds one of the pool's for good. */
    private static PGSimpleDataSource listenerConnection(HikariDataSource pool) {
        PGSimpleDataSource listener = new PGSimpleDataSource();
        listener.setURL(pool.getJdbcUrl());
        listener.setUser(pool.getUsername());
        listener.setPassword(pool.getPassword());
        listener.setTcpKeepAlive(true);
        return listener;
    }
}
