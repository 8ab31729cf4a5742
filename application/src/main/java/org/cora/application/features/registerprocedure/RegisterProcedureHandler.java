package org.cora.application.features.registerprocedure;

import java.util.List;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.features.registerprocedure.RegisterProcedureCommand;
import org.cora.domain.features.registerprocedure.RegisterProcedureDecider;
import org.cora.domain.procedure.ProcedureEvent;
import org.cora.domain.procedure.ProcedureId;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Registers a Procedure under a fresh UUIDv7 and returns its id. */
public final class RegisterProcedureHandler {

    public static final String COMMAND_NAME = "RegisterProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public RegisterProcedureHandler(Authorize authorize, ProcedureStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public ProcedureId handle(RegisterProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        ProcedureId id = new ProcedureId(ids.newId());
        LoadedProcedure loaded = streams.load(id);
        List<ProcedureEvent> events = RegisterProcedureDecider.decide(loaded.state(), command, id, clock.now());
        streams.append(loaded, events, caller, COMMAND_NAME);
        return id;
    }
}
