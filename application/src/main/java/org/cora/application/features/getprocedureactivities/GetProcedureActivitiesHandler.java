package org.cora.application.features.getprocedureactivities;

import java.util.List;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.procedure.ProcedureStreams;

/** Reads a Procedure's journal rows in append order; an unknown Procedure is {@code ProcedureNotFoundError}. */
public final class GetProcedureActivitiesHandler {

    public static final String QUERY_NAME = "GetProcedureActivities";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final JournalStore journal;

    public GetProcedureActivitiesHandler(Authorize authorize, ProcedureStreams streams, JournalStore journal) {
        this.authorize = authorize;
        this.streams = streams;
        this.journal = journal;
    }

    public List<JournalRow> handle(GetProcedureActivitiesQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        streams.load(query.procedureId()).require();
        return journal.list(query.procedureId());
    }
}
