package org.cora.application.features.abortprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.abortprocedure.AbortProcedureCommand;
import org.cora.domain.features.abortprocedure.AbortProcedureDecider;
import org.cora.domain.shared.Clock;

/** Aborts a Procedure with a reason. */
public final class AbortProcedureHandler {

    public static final String COMMAND_NAME = "AbortProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;

    public AbortProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(AbortProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, AbortProcedureDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
