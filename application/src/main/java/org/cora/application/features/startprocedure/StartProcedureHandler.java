package org.cora.application.features.startprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.startprocedure.StartProcedureCommand;
import org.cora.domain.features.startprocedure.StartProcedureDecider;
import org.cora.domain.shared.Clock;

/** Defined to Running. */
public final class StartProcedureHandler {

    public static final String COMMAND_NAME = "StartProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;

    public StartProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(StartProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, StartProcedureDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
