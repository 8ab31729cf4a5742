package org.cora.application.features.completeprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.completeprocedure.CompleteProcedureCommand;
import org.cora.domain.features.completeprocedure.CompleteProcedureDecider;
import org.cora.domain.shared.Clock;

/** Running to Completed, with the conduct's actuation kind. */
public final class CompleteProcedureHandler {

    public static final String COMMAND_NAME = "CompleteProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;

    public CompleteProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(CompleteProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, CompleteProcedureDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
