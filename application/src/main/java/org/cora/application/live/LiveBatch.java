package org.cora.application.live;

import java.util.List;
import java.util.Optional;

/**
 * One read of a {@link LiveFeed}: the new items in order; {@code more} when a full page was read and
 * the next one should be asked for at once; {@code end} the final word (a Procedure's final status)
 * once every item has been handed out and none can follow.
 */
public record LiveBatch<T>(List<T> items, boolean more, Optional<String> end) {

    public LiveBatch {
        items = List.copyOf(items);
        if (more && end.isPresent()) {
            throw new IllegalArgumentException("a feed cannot end while a page is still unread");
        }
    }
}
