package org.cora.application.features.resumeprocedure;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.application.run.RunStreams;
import org.cora.domain.features.resumeprocedure.ResumeProcedureCommand;
import org.cora.domain.features.resumeprocedure.ResumeProcedureDecider;
import org.cora.domain.run.RunId;
import org.cora.domain.shared.Clock;

/**
 * Held to Running. A bare resume only changes the status; replaying the pinned steps is
 * conduct-from. A Procedure that is a phase of a Run does not resume while its Run is held.
 */
public final class ResumeProcedureHandler {

    public static final String COMMAND_NAME = "ResumeProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final RunStreams runs;
    private final Clock clock;

    public ResumeProcedureHandler(Authorize authorize, ProcedureStreams streams, RunStreams runs, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.runs = runs;
        this.clock = clock;
    }

    public void handle(ResumeProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        streams.append(loaded, ResumeProcedureDecider.decide(loaded.state(), command, parentRunHeld(loaded), clock.now()),
                caller, COMMAND_NAME);
    }

    /** A missing parent Run is corruption and raises {@code RunNotFoundError}, as the reference has it. */
    private boolean parentRunHeld(LoadedProcedure loaded) {
        return loaded.state() != null && loaded.state().parentRunId() != null
                && runs.require(new RunId(loaded.state().parentRunId())).isHeld();
    }
}
