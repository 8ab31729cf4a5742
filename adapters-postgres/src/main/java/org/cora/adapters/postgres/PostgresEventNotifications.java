package org.cora.adapters.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN events} on a connection of its own: the wake-up of the projection worker. A
 * notification only says "look now"; the worker always reads the events table itself, so a lost
 * notification costs latency, never an event. A failed connection is dropped and reopened on the
 * next wait. Only the worker's thread uses an instance.
 */
final class PostgresEventNotifications implements AutoCloseable {

    static final String CHANNEL = "events";
    static final String APPLICATION_NAME = "cora-projections-listener";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresEventNotifications.class);
    /** How long one blocking read lasts, so that a wake-up or a stop is seen within it. */
    private static final int SLICE_MILLIS = 200;
    /** How often a quiet connection is checked: a vanished peer may never send an error. */
    private static final long CHECK_NANOS = Duration.ofSeconds(30).toNanos();

    private final DataSource connections;
    private Connection connection;
    private long checkedAt;
    private boolean failing;

    PostgresEventNotifications(DataSource connections) {
        this.connections = connections;
    }

    /**
     * Returns when a notification arrives, when {@code woken} turns true, or after {@code timeout}.
     * Without a connection it first opens one and, having done so, returns at once: whatever was
     * notified while it had none is lost, so the caller must look for itself.
     */
    void await(Duration timeout, BooleanSupplier woken) {
        if (connection == null) {
            if (!open()) {
                sleep(timeout, woken);
            }
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            PGConnection listening = connection.unwrap(PGConnection.class);
            long left;
            while (!woken.getAsBoolean() && (left = deadline - System.nanoTime()) > 0) {
                PGNotification[] received = listening.getNotifications((int) Math.max(1, Math.min(SLICE_MILLIS,
                        left / 1_000_000)));
                if (received != null && received.length > 0) {
                    return;
                }
                checkIfQuiet();
            }
        } catch (SQLException e) {
            LOG.warn("The projections' LISTEN connection failed ({}); reopening it, polling meanwhile", e.getMessage());
            drop();
        }
    }

    private boolean open() {
        try {
            Connection opened = connections.getConnection();
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET application_name = '" + APPLICATION_NAME + "'");
                statement.execute("LISTEN " + CHANNEL);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            checkedAt = System.nanoTime();
            if (failing) {
                LOG.info("The projections' LISTEN connection is open again");
            }
            failing = false;
            return true;
        } catch (SQLException e) {
            if (!failing) {
                LOG.warn("Cannot open the projections' LISTEN connection ({}); polling until it opens", e.getMessage());
            }
            failing = true;
            return false;
        }
    }

    private void checkIfQuiet() throws SQLException {
        if (System.nanoTime() - checkedAt < CHECK_NANOS) {
            return;
        }
        if (!connection.isValid(5)) {
            throw new SQLException("the connection no longer answers");
        }
        checkedAt = System.nanoTime();
    }

    private void drop() {
        try {
            connection.close();
        } catch (SQLException e) {
            // It is broken already; closing is only tidying up.
        }
        connection = null;
        failing = true;
    }

    private static void sleep(Duration timeout, BooleanSupplier woken) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left;
        while (!woken.getAsBoolean() && (left = deadline - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, Math.min(SLICE_MILLIS, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops listening; a pooled connection goes back to its pool clean. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN *");
            statement.execute("RESET application_name");
        } catch (SQLException e) {
            // Closing below ends the session anyway.
        }
        drop();
    }
}
