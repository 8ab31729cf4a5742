package org.cora.application.live;

import org.cora.application.port.CommitSignals;

/**
 * Something a client follows while it grows: a cursor over committed items that remembers what it
 * handed out. A transport pumps it: register for wake-ups first, then ask for the next batch, send
 * it, and wait for a wake-up (or a timeout, since wake-ups are best effort) before asking again;
 * registering first means a commit between a read and the wait is never slept through.
 *
 * <p>Not thread-safe: one pump per feed.
 */
public interface LiveFeed<T> {

    /** What has committed since the last batch (at most one page), and whether the feed is over. */
    LiveBatch<T> next();

    /** Calls {@code wake} after commits that may have added to this feed. */
    CommitSignals.Registration watch(Runnable wake);
}
