package org.cora.adapters.postgres;

import static org.cora.adapters.postgres.generated.Tables.EVENTS;

import java.util.List;
import java.util.Set;
import org.cora.application.port.EventFeed;
import org.cora.application.port.StoredEvent;
import org.jooq.DSLContext;

/**
 * The event feed on PostgreSQL: a forward read on the position. Procedure events are positioned in
 * commit order by the schema (V6: positioned under one lock held until commit); other stream types
 * are not, and must not be followed this way.
 */
public final class PostgresEventFeed implements EventFeed {

    private static final String COMMIT_ORDERED = "Procedure";

    private final DSLContext dsl;

    public PostgresEventFeed(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredEvent> after(String streamType, Set<String> eventTypes, long afterPosition, int limit) {
        requireCommitOrdered(streamType);
        return dsl.selectFrom(EVENTS)
                .where(EVENTS.STREAM_TYPE.eq(streamType).and(EVENTS.EVENT_TYPE.in(eventTypes))
                        .and(EVENTS.POSITION.gt(afterPosition)))
                .orderBy(EVENTS.POSITION)
                .limit(limit)
                .fetch(PostgresEventStore::stored);
    }

    @Override
    public long head(String streamType) {
        requireCommitOrdered(streamType);
        // Backwards on the primary key: the newest events are the first looked at.
        Long head = dsl.select(EVENTS.POSITION).from(EVENTS).where(EVENTS.STREAM_TYPE.eq(streamType))
                .orderBy(EVENTS.POSITION.desc()).limit(1).fetchOne(EVENTS.POSITION);
        return head == null ? 0 : head;
    }

    private static void requireCommitOrdered(String streamType) {
        if (!COMMIT_ORDERED.equals(streamType)) {
            throw new IllegalArgumentException(streamType + " events are not positioned in commit order; only "
                    + COMMIT_ORDERED + " events can be followed by position");
        }
    }
}
