package org.cora.application.features.holdprocedure;

import java.util.List;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.ConductLocks;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.holdprocedure.HoldProcedureCommand;
import org.cora.domain.features.holdprocedure.HoldProcedureDecider;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.shared.Clock;

/** Holds a Running Procedure, or asks its walking conductor to hold at the next step boundary. */
public final class HoldProcedureHandler {

    public static final String COMMAND_NAME = "HoldProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final ConductLocks locks;
    private final Clock clock;

    public HoldProcedureHandler(Authorize authorize, ProcedureStreams streams, ConductLocks locks, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.locks = locks;
        this.clock = clock;
    }

    public HoldOutcome handle(HoldProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedProcedure loaded = streams.load(command.procedureId());
        List<ProcedureEvent> decided = HoldProcedureDecider.decide(loaded.state(), command,
                locks.isLocked(command.procedureId()), clock.now());
        streams.append(loaded, decided, caller, COMMAND_NAME);
        return HoldOutcome.of(decided);
    }
}
