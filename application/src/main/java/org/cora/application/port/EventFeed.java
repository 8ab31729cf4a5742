package org.cora.application.port;

import java.util.List;
import java.util.Set;

/**
 * The events of every stream of one type, read as a feed by global position.
 *
 * <p>Only for stream types whose positions are handed out in commit order (Procedure): an event
 * committed later always has a larger position than every event of the type already visible, so a
 * reader asking for the events after the last position it saw never skips a late commit.
 */
public interface EventFeed {

    /** Up to {@code limit} events of the stream type and event types after {@code afterPosition}, by position. */
    List<StoredEvent> after(String streamType, Set<String> eventTypes, long afterPosition, int limit);

    /** The position of the stream type's last committed event; 0 when it has none. */
    long head(String streamType);
}
