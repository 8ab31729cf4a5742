package org.cora.application.features.getprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.procedure.Procedure;

/** Folds the Procedure's stream on read; an unknown id is {@code ProcedureNotFoundError}. */
public final class GetProcedureHandler {

    public static final String QUERY_NAME = "GetProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;

    public GetProcedureHandler(Authorize authorize, ProcedureStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Procedure handle(GetProcedureQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.load(query.procedureId()).require();
    }
}
