package org.cora.application.features.getprocedureconductresult;

import org.cora.application.conduct.ConductResultNotFoundError;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.ConductLocks;
import org.cora.application.port.ConductOutcome;
import org.cora.application.port.ConductOutcomes;
import org.cora.application.procedure.ProcedureStreams;

/**
 * Reads the Procedure's most recent background conduct: walking, finished (with the body the
 * synchronous route answers), failed, or lost (never finished and nobody holds the conduct lock any
 * more: the service died, and the lost-conductor sweep holds the Procedure). An unknown Procedure is
 * {@code ProcedureNotFoundError}; one never conducted in the background is
 * {@link ConductResultNotFoundError}.
 */
public final class GetProcedureConductResultHandler {

    public static final String QUERY_NAME = "GetProcedureConductResult";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final ConductOutcomes outcomes;
    private final ConductLocks locks;

    public GetProcedureConductResultHandler(Authorize authorize, ProcedureStreams streams, ConductOutcomes outcomes,
                                            ConductLocks locks) {
        this.authorize = authorize;
        this.streams = streams;
        this.outcomes = outcomes;
        this.locks = locks;
    }

    public ConductResultView handle(GetProcedureConductResultQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        streams.load(query.procedureId()).require();
        ConductOutcome outcome = outcomes.latest(query.procedureId())
                .orElseThrow(() -> new ConductResultNotFoundError(query.procedureId()));
        return new ConductResultView(outcome, outcome.state(locks.isLocked(query.procedureId())));
    }
}
