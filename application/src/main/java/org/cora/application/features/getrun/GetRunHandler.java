package org.cora.application.features.getrun;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.run.RunStreams;
import org.cora.domain.run.Run;

/** Folds the Run's stream on read; an unknown id is {@code RunNotFoundError}. */
public final class GetRunHandler {

    public static final String QUERY_NAME = "GetRun";

    private final Authorize authorize;
    private final RunStreams streams;

    public GetRunHandler(Authorize authorize, RunStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Run handle(GetRunQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.runId());
    }
}
