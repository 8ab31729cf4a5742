package org.cora.application.features.resumeprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.features.resumeprocedure.ResumeProcedureDecider;
import org.cora.domain.shared.Clock;

/**
 * Held to Running. A bare resume only changes the status; replaying the pinned steps is
 * conduct-from. Runs do not exist yet, so no parent Run can be held: the guard is in the decider,
 * and the Run lookup joins here when Runs arrive.
 */
public final class ResumeProcedureHandler {

    public static final String COMMAND_NAME = "ResumeProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;

    public ResumeProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(ResumeProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, ResumeProcedureDecider.decide(loaded.state(), command, false, clock.now()), caller,
                COMMAND_NAME);
    }
}
