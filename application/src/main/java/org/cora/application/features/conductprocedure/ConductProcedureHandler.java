package org.cora.application.features.conductprocedure;

import java.util.List;
import org.cora.application.conduct.ConductPreparation;
import org.cora.application.conduct.ConductSession;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.step.Step;

/**
 * Orchestrates a conduct, in this order: authorize, load, resolve and pin durably, then let the
 * Conductor start, walk and complete or abort. Step failures and lifecycle refusals come back in
 * the result; authorization, not-found and concurrency refusals are thrown.
 */
public final class ConductProcedureHandler {

    public static final String COMMAND_NAME = "ConductProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final ConductPreparation preparation;
    private final Conductor conductor;
    private final ConductSession session;

    public ConductProcedureHandler(Authorize authorize, ProcedureStreams streams, ConductPreparation preparation,
                                   Conductor conductor, ConductSession session) {
        this.authorize = authorize;
        this.streams = streams;
        this.preparation = preparation;
        this.conductor = conductor;
        this.session = session;
    }

    /** The walk holds the Procedure's conduct lock on one session from before the pin to after the last row. */
    public ConductorResult handle(ConductProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return session.exclusively(command.procedureId(), () -> {
            LoadedProcedure loaded = streams.load(command.procedureId());
            loaded.require();
            List<Step> resolved = preparation.resolveAndPinDurably(loaded, command.steps(), caller, COMMAND_NAME);
            return conductor.conduct(new ConductCall(command.procedureId(), caller.principal(),
                    caller.correlationId()), resolved);
        });
    }
}
