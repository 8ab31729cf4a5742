package org.cora.adapters.hardware;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.cora.domain.control.ControlException;
import org.cora.domain.control.ControlSubscription;
import org.cora.domain.control.Measurement;
import org.cora.domain.shared.Cancelled;

/**
 * The {@link ControlSubscription} every adapter hands out: a bounded queue the adapter's callback
 * thread {@link #offer offers} readings to and {@link #fail fails}, drained by the consumer.
 *
 * <p>The adapter's {@link Source} is opened on the first {@link #next} (lazy connect) and closed
 * exactly once, by {@link #close()} or when the stream fails. When the consumer lags by more than
 * {@code capacity} readings the oldest waiting one is dropped: changes coalesce, never reorder. A
 * failure is delivered after the readings queued before it.
 */
public final class QueuedSubscription implements ControlSubscription {

    /** The native side of a subscription. */
    public interface Source {

        /** Connects and starts delivering to {@code sink}; called once, from the first {@code next}. */
        void open(QueuedSubscription sink) throws ControlException;

        /** Releases the native subscription; called at most once, only after {@code open} was called (even if it threw). Must not throw. */
        void close();
    }

    public static final int DEFAULT_CAPACITY = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Measurement> queue = new ArrayDeque<>();
    private final Source source;
    private final int capacity;
    private boolean opened;
    private boolean closed;
    private ControlException failure;
    private long dropped;

    public QueuedSubscription(Source source) {
        this(source, DEFAULT_CAPACITY);
    }

    public QueuedSubscription(Source source, int capacity) {
        this.source = Objects.requireNonNull(source, "source");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** Queues a reading; ignored once the stream is closed or failed. Never blocks. */
    public void offer(Measurement reading) {
        Objects.requireNonNull(reading, "reading");
        lock.lock();
        try {
            if (closed || failure != null) {
                return;
            }
            if (queue.size() == capacity) {
                queue.removeFirst();
                dropped++;
            }
            queue.addLast(reading);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Ends the stream with {@code error}, delivered once the queued readings are drained. The first failure wins. */
    public void fail(ControlException error) {
        Objects.requireNonNull(error, "error");
        boolean release;
        lock.lock();
        try {
            if (closed || failure != null) {
                return;
            }
            failure = error;
            release = opened;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (release) {
            source.close();
        }
    }

    /** How many readings were dropped because the consumer lagged. */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Measurement> next(Duration timeout) throws ControlException {
        openOnce();
        long remaining = timeout.isNegative() ? 0 : saturatedNanos(timeout);
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    return Optional.empty();
                }
                if (!queue.isEmpty()) {
                    return Optional.of(queue.removeFirst());
                }
                if (failure != null) {
                    throw failure;
                }
                if (remaining <= 0) {
                    return Optional.empty();
                }
                remaining = changed.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled("waiting for a subscription reading", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        boolean release;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            release = opened && failure == null;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (release) {
            source.close();
        }
    }

    private void openOnce() throws ControlException {
        lock.lock();
        try {
            if (opened || closed) {
                return;
            }
            opened = true;
        } finally {
            lock.unlock();
        }
        try {
            source.open(this);
        } catch (ControlException e) {
            fail(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException beyondThreeCenturies) {
            return Long.MAX_VALUE;
        }
    }
}
