package org.cora.adapters.postgres;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/** Builds the jOOQ context every PostgreSQL adapter shares. */
public final class JooqContexts {

    static {
        // jOOQ prints an ASCII logo and a "tip of the day" on first use; an operator's log has no room for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private JooqContexts() {
    }

    /** The connections behind a context made by {@link #threadBound}. */
    static DurableConnections connections(DSLContext dsl) {
        Object connections = dsl.configuration().data(DurableConnections.class);
        if (connections instanceof DurableConnections durable) {
            return durable;
        }
        throw new IllegalArgumentException("this DSLContext was not made by JooqContexts.threadBound");
    }

    /**
     * A context whose transactions bind their connection to the calling thread, so that the event
     * store, the journal store and {@link PostgresTransactions} used together share one transaction,
     * and whose every connection commits with {@code synchronous_commit = on}.
     */
    public static DSLContext threadBound(DataSource dataSource) {
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.POSTGRES);
        DurableConnections connections = new DurableConnections(dataSource);
        configuration.set(new ThreadLocalTransactionProvider(connections));
        configuration.data(DurableConnections.class, connections);
        configuration.settings().withExecuteLogging(false);
        return DSL.using(configuration);
    }
}
