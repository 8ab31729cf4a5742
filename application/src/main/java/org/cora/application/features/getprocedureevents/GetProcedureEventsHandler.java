package org.cora.application.features.getprocedureevents;

import java.util.List;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.StoredEvent;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;

/** Reads the stored events of a Procedure as they were appended; an unknown Procedure is not found. */
public final class GetProcedureEventsHandler {

    public static final String QUERY_NAME = "GetProcedureEvents";

    private final Authorize authorize;
    private final ProcedureStreams streams;

    public GetProcedureEventsHandler(Authorize authorize, ProcedureStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public List<StoredEvent> handle(GetProcedureEventsQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        LoadedProcedure loaded = streams.loadFromStore(query.procedureId());
        loaded.require();
        return loaded.stored();
    }
}
