package org.cora.application.features.truncateprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.truncateprocedure.TruncateProcedureCommand;
import org.cora.domain.features.truncateprocedure.TruncateProcedureDecider;
import org.cora.domain.shared.Clock;

/** Truncates a Procedure that was cut short, with a reason. */
public final class TruncateProcedureHandler {

    public static final String COMMAND_NAME = "TruncateProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;

    public TruncateProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(TruncateProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, TruncateProcedureDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
