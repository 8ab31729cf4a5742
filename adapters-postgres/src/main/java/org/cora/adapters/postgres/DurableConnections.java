package org.cora.adapters.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;

/**
 * Hands out connections that commit durably: each physical connection gets
 * {@code synchronous_commit = on} for its session the first time it is used, whatever the server
 * or database default. Doing it once per connection, not once per transaction, keeps a journal
 * append at the round trips it needs.
 */
final class DurableConnections implements ConnectionProvider {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> pinned = new ThreadLocal<>();
    private final Set<PGConnection> durable = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    DurableConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs work with one connection bound to this thread; {@link #acquire} hands it out until the work ends. */
    <T> T pinned(java.util.function.Supplier<T> work) {
        if (pinned.get() != null) {
            return work.get();
        }
        Connection connection = open();
        pinned.set(connection);
        try {
            return work.get();
        } finally {
            pinned.remove();
            close(connection);
        }
    }

    boolean isPinned() {
        return pinned.get() != null;
    }

    @Override
    public Connection acquire() {
        Connection connection = pinned.get();
        return connection != null ? connection : open();
    }

    @Override
    public void release(Connection connection) {
        if (connection != pinned.get()) {
            close(connection);
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            PGConnection physical = connection.unwrap(PGConnection.class);
            if (!durable.contains(physical)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET SESSION synchronous_commit TO on");
                }
                durable.add(physical);
            }
            return connection;
        } catch (SQLException e) {
            throw new DataAccessException("cannot get a durable PostgreSQL connection", e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("cannot release a PostgreSQL connection", e);
        }
    }
}
