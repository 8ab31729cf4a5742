package org.cora.application.features.streamprocedureactivities;

import org.cora.application.live.LiveFeed;
import org.cora.application.port.AppendedJournalRow;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.CommitSignals;
import org.cora.application.port.JournalFeed;
import org.cora.application.procedure.ProcedureStreams;

/**
 * Opens a live feed of a Procedure's journal; an unknown Procedure is {@code ProcedureNotFoundError},
 * thrown here, before anything is streamed.
 */
public final class StreamProcedureActivitiesHandler {

    public static final String QUERY_NAME = "StreamProcedureActivities";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final JournalFeed journal;
    private final CommitSignals signals;

    public StreamProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams, JournalFeed journal,
                                            CommitSignals signals) {
        this.authorize = authorize;
        this.streams = streams;
        this.journal = journal;
        this.signals = signals;
    }

    public LiveFeed<AppendedJournalRow> handle(StreamProcedureActivitiesQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        streams.load(query.procedureId()).require();
        return new ProcedureJournalFeed(query.procedureId(), query.afterAppendSeq(), streams, journal, signals);
    }
}
