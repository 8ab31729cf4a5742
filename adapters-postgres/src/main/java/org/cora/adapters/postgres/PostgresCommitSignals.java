package org.cora.adapters.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.cora.application.port.CommitSignals;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commit signals from PostgreSQL's LISTEN/NOTIFY: one connection listens on {@value #EVENTS} (every
 * event append notifies {@code <stream type>:<stream id>}) and {@value #JOURNAL} (every journal row
 * notifies its Procedure id), and one thread turns notifications into wake-ups. PostgreSQL sends a
 * notification when its transaction commits, never before, so a woken reader finds the row.
 *
 * <p>When the listening connection breaks (the database restarted, say), everyone is woken (they
 * may have missed something) and the thread listens again on a new connection a second later.
 */
public final class PostgresCommitSignals implements CommitSignals, AutoCloseable {

    static final String EVENTS = "events";
    static final String JOURNAL = "journal";
    private static final Logger log = LoggerFactory.getLogger(PostgresCommitSignals.class);
    private static final int POLL_MILLIS = 250;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final String PROCEDURE_PREFIX = ProcedureEvent.STREAM_TYPE + ":";

    private final DataSource dataSource;
    private final Map<ProcedureId, Set<Runnable>> byProcedure = new ConcurrentHashMap<>();
    private final Set<Runnable> anyProcedure = ConcurrentHashMap.newKeySet();
    private final Thread listener;
    private volatile boolean closed;

    private PostgresCommitSignals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.listener = Thread.ofPlatform().name("cora-commit-signals").daemon().unstarted(this::listenUntilClosed);
    }

    /** Starts listening on a connection of {@code dataSource}, which it keeps until {@link #close}. */
    public static PostgresCommitSignals start(DataSource dataSource) {
        PostgresCommitSignals signals = new PostgresCommitSignals(dataSource);
        signals.listener.start();
        return signals;
    }

    @Override
    public Registration onProcedure(ProcedureId procedureId, Runnable wake) {
        byProcedure.computeIfAbsent(procedureId, id -> ConcurrentHashMap.newKeySet()).add(wake);
        return () -> byProcedure.computeIfPresent(procedureId, (id, wakes) -> {
            wakes.remove(wake);
            return wakes.isEmpty() ? null : wakes;
        });
    }

    @Override
    public Registration onAnyProcedure(Runnable wake) {
        anyProcedure.add(wake);
        return () -> anyProcedure.remove(wake);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        listener.join(Duration.ofSeconds(5));
    }

    private void listenUntilClosed() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                listen(connection);
                wakeEveryone(); // whatever committed while nobody listened
                relay(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                log.warn("Listening for commits failed ({}); live streams fall back on polling until it listens again",
                        e.getMessage());
                wakeEveryone();
                pause();
            }
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + EVENTS);
            statement.execute("LISTEN " + JOURNAL);
        }
    }

    private void relay(PGConnection connection) throws SQLException {
        while (!closed) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                dispatch(notification.getName(), notification.getParameter());
            }
        }
    }

    private void dispatch(String channel, String payload) {
        if (JOURNAL.equals(channel)) {
            wake(procedureId(payload));
        } else if (EVENTS.equals(channel) && payload.startsWith(PROCEDURE_PREFIX)) {
            wake(procedureId(payload.substring(PROCEDURE_PREFIX.length())));
            anyProcedure.forEach(PostgresCommitSignals::quietly);
        }
    }

    private void wake(ProcedureId procedureId) {
        if (procedureId != null) {
            byProcedure.getOrDefault(procedureId, Set.of()).forEach(PostgresCommitSignals::quietly);
        }
    }

    private void wakeEveryone() {
        byProcedure.values().forEach(wakes -> wakes.forEach(PostgresCommitSignals::quietly));
        anyProcedure.forEach(PostgresCommitSignals::quietly);
    }

    private static ProcedureId procedureId(String text) {
        try {
            return new ProcedureId(UUID.fromString(text));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static void quietly(Runnable wake) {
        try {
            wake.run();
        } catch (RuntimeException e) {
            log.warn("a commit wake-up failed", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }
}
