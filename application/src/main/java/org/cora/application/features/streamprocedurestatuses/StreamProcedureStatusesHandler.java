package org.cora.application.features.streamprocedurestatuses;

import org.cora.application.live.LiveFeed;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.EventFeed;
import org.cora.domain.procedure.ProcedureEvent;

/** Opens a live feed of every Procedure's status changes; it never ends by itself. */
public final class StreamProcedureStatusesHandler {

    public static final String QUERY_NAME = "StreamProcedureStatuses";

    private final Authorize authorize;
    private final EventFeed events;
    private final CommitSignals signals;

    public StreamProcedureStatusesHandler(Authorize authorize, EventFeed events, CommitSignals signals) {
        this.authorize = authorize;
        this.events = events;
        this.signals = signals;
    }

    public LiveFeed<ProcedureStatusChange> handle(StreamProcedureStatusesQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        long after = query.afterPosition().orElseGet(() -> events.head(ProcedureEvent.STREAM_TYPE));
        return new ProcedureStatusFeed(after, events, signals);
    }
}
