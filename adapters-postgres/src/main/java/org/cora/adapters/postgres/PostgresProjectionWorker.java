package org.cora.adapters.postgres;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps projections up to date with the events table, on one thread of its own.
 *
 * <p>Each batch is one transaction: lock the projection's checkpoint row; read, in
 * (transaction_id, position) order, up to {@link Settings#batchSize} events of its stream types
 * after the checkpoint whose transaction id is below {@code pg_snapshot_xmin(pg_current_snapshot())};
 * apply them; move the checkpoint to the last one; commit. Positions are drawn at insert and
 * commits land in any order, so a cursor on positions alone skips an event whose transaction
 * commits after a higher position was read. Below the snapshot's xmin every transaction has
 * ended, so no event can ever turn up behind the checkpoint. The price is that a transaction left
 * open holds every later event back; the log says which session when that lasts.
 *
 * <p>The thread wakes on {@code NOTIFY events} (the insert trigger of the events table), after
 * {@link Settings#pollInterval} without one, and sooner, backing off, while committed events are
 * held back behind an open transaction. A failed pass is logged and retried.
 */
public final class PostgresProjectionWorker implements AutoCloseable {

    /**
     * @param pollInterval the longest wait between two looks at the events table
     * @param batchSize events applied per transaction
     * @param lagWarning how long an event may wait before the delay is logged as a warning
     */
    public record Settings(Duration pollInterval, int batchSize, Duration lagWarning) {

        public Settings {
            if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1) {
                throw new IllegalArgumentException("projection worker settings out of range: " + pollInterval
                        + ", batch size " + batchSize);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PostgresProjectionWorker.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(10);
    private static final Duration LONGEST_FAILURE_BACKOFF = Duration.ofSeconds(30);
    /** A batch takes milliseconds; one still running after this is stuck on an unreachable database. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final ProjectionCatchUp catchUp;
    private final List<Projection> projections;
    private final Settings settings;
    private final PostgresEventNotifications notifications;
    private final Map<String, Long> heldBackSince = new ConcurrentHashMap<>();
    private final Map<String, Long> warnedAt = new ConcurrentHashMap<>();
    private volatile boolean running;
    /** Set by {@link #close}: a long catch-up stops after its current batch instead of running to the end. */
    private volatile boolean stopping;
    private volatile boolean wakeRequested;
    private Thread thread;
    private Duration heldBackRetry = Duration.ZERO;
    private int failures;

    /**
     * @param dataSource the connections batches run on
     * @param listenerConnections where the one LISTEN connection comes from; best not a pool,
     *     whose connection it would hold for good
     */
    public PostgresProjectionWorker(DataSource dataSource, DataSource listenerConnections, List<Projection> projections,
                                    Settings settings) {
        this.catchUp = new ProjectionCatchUp(JooqContexts.threadBound(dataSource));
        this.projections = List.copyOf(projections);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notifications = new PostgresEventNotifications(listenerConnections);
    }

    /**
     * Gives every projection a checkpoint, rebuilds those built by another version of their code,
     * then starts the thread. It catches up at once and keeps up until {@link #close}.
     */
    public synchronized void start() {
        if (running) {
            return;
        }
        for (Projection projection : projections) {
            catchUp.ensureCheckpoint(projection);
            int built = catchUp.checkpoint(projection.name()).projectionVersion();
            if (built != projection.version()) {
                LOG.warn("Projection {} was built by version {} of its code, this is version {}: rebuilding it",
                        projection.name(), built, projection.version());
                catchUp.reset(projection);
            }
        }
        running = true;
        thread = Thread.ofPlatform().name("cora-projections").daemon().start(this::run);
        LOG.info("Projections {} kept up on NOTIFY {}, polling every {}", projections.stream().map(Projection::name)
                .toList(), PostgresEventNotifications.CHANNEL, settings.pollInterval());
    }

    /** Applies every event eligible now, on the calling thread; returns how many. Safe beside the running thread. */
    public int catchUp() {
        int applied = 0;
        for (Projection projection : projections) {
            applied += catchUp(projection);
        }
        return applied;
    }

    /**
     * Empties the projection and moves its checkpoint back to the start: the running thread (or the
     * next {@link #catchUp}) refills it from the first event. Until it has, the list is incomplete.
     */
    public void rebuild(String projectionName) {
        Projection projection = projections.stream().filter(p -> p.name().equals(projectionName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no projection named " + projectionName));
        catchUp.ensureCheckpoint(projection);
        catchUp.reset(projection);
        LOG.warn("Projection {} emptied for a rebuild from the first event", projectionName);
        wakeRequested = true;
    }

    public void rebuildAll() {
        projections.forEach(p -> rebuild(p.name()));
    }

    public ProjectionCheckpoint checkpoint(String projectionName) {
        return catchUp.checkpoint(projectionName);
    }

    private int catchUp(Projection projection) {
        long began = System.nanoTime();
        int applied = 0;
        ProjectionCatchUp.Batch batch;
        do {
            batch = catchUp.applyNextBatch(projection, settings.batchSize());
            applied += batch.size();
            reportLag(projection, batch);
        } while (batch.size() == settings.batchSize() && !stopping);
        if (applied > settings.batchSize()) {
            LOG.info("Projection {} applied {} events in {} ms, now at {}", projection.name(), applied,
                    (System.nanoTime() - began) / 1_000_000, batch.checkpoint());
        }
        return applied;
    }

    private void run() {
        Duration wait = Duration.ZERO;
        while (running) {
            notifications.await(wait, () -> wakeRequested || !running);
            wakeRequested = false;
            if (running) {
                wait = pass();
            }
        }
    }

    /** One catch-up of every projection; returns how long to wait before the next. */
    private Duration pass() {
        try {
            catchUp();
            boolean heldBack = false;
            for (Projection projection : projections) {
                heldBack |= noteHeldBack(projection, catchUp.anyAfterCheckpoint(projection));
            }
            failures = 0;
            heldBackRetry = heldBack ? min(settings.pollInterval(), max(FIRST_RETRY, heldBackRetry.multipliedBy(2)))
                    : Duration.ZERO;
            return heldBack ? heldBackRetry : settings.pollInterval();
        } catch (RuntimeException e) {
            if (stopping) {
                return Duration.ZERO;
            }
            failures++;
            Duration backoff = min(LONGEST_FAILURE_BACKOFF,
                    settings.pollInterval().multipliedBy(1L << Math.min(failures - 1, 5)));
            LOG.error("Projection pass failed ({} in a row); retrying in {}", failures, backoff, e);
            return backoff;
        }
    }

    private boolean noteHeldBack(Projection projection, boolean heldBack) {
        if (!heldBack) {
            heldBackSince.remove(projection.name());
            return false;
        }
        long since = heldBackSince.computeIfAbsent(projection.name(), name -> System.nanoTime());
        Duration held = Duration.ofNanos(System.nanoTime() - since);
        if (held.compareTo(settings.lagWarning()) > 0 && mayWarn(projection)) {
            LOG.warn("Projection {} has waited {} s for an open transaction to end before it may apply the events "
                    + "committed after it; the oldest open transaction: {}", projection.name(), held.toSeconds(),
                    catchUp.oldestOpenTransaction());
        }
        return true;
    }

    private void reportLag(Projection projection, ProjectionCatchUp.Batch batch) {
        if (batch.size() == 0) {
            return;
        }
        LOG.debug("Projection {} applied {} events up to {}; the oldest had waited {} ms", projection.name(),
                batch.size(), batch.checkpoint(), batch.oldestWaited().toMillis());
        if (batch.oldestWaited().compareTo(settings.lagWarning()) > 0 && mayWarn(projection)) {
            LOG.warn("Projection {} lags: an event waited {} ms before it was applied (warning above {} ms)",
                    projection.name(), batch.oldestWaited().toMillis(), settings.lagWarning().toMillis());
        }
    }

    /** At most one lag warning per projection per lag-warning period, however long the lag lasts. */
    private boolean mayWarn(Projection projection) {
        long now = System.nanoTime();
        Long last = warnedAt.get(projection.name());
        if (last != null && now - last < settings.lagWarning().toNanos()) {
            return false;
        }
        warnedAt.put(projection.name(), now);
        return true;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Stops the thread after its current batch and closes the LISTEN connection. A thread still
     * busy two seconds later (waiting for a database that has gone) is interrupted: its batch then
     * rolls back with its checkpoint, so nothing is half applied.
     */
    @Override
    public synchronized void close() throws InterruptedException {
        if (!running) {
            return;
        }
        stopping = true;
        running = false;
        thread.join(STOP_GRACE);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(STOP_GRACE);
        }
        notifications.close();
        LOG.info("Projections stopped");
    }
}
