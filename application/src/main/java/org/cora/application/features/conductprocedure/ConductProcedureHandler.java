package org.cora.application.features.conductprocedure;

import org.cora.application.conduct.AcceptedConduct;
import org.cora.application.conduct.BackgroundConducts;
import org.cora.application.conduct.PinnedConduct;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.conductor.ConductorResult;

/**
 * Orchestrates a conduct, in this order: authorize, take the conduct lock, load, resolve and pin
 * durably, then let the Conductor start, walk and complete or abort. Step failures and lifecycle
 * refusals come back in the result; authorization, not-found, concurrency and conduct-in-progress
 * refusals are thrown.
 */
public final class ConductProcedureHandler {

    public static final String COMMAND_NAME = "ConductProcedure";

    private final Authorize authorize;
    private final PinnedConduct pinned;
    private final Conductor conductor;
    private final BackgroundConducts background;

    public ConductProcedureHandler(Authorize authorize, PinnedConduct pinned, Conductor conductor,
                                   BackgroundConducts background) {
        this.authorize = authorize;
        this.pinned = pinned;
        this.conductor = conductor;
        this.background = background;
    }

    public ConductorResult handle(ConductProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return pinned.run(command.procedureId(), command.steps(), caller, COMMAND_NAME, conductor::conduct);
    }

    /**
     * The same conduct on a background worker: returns once the Procedure is started, with every
     * refusal before that thrown here as {@link #handle} throws it; the result is recorded for later.
     */
    public AcceptedConduct handleInBackground(ConductProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return background.start(command.procedureId(), caller, COMMAND_NAME, () -> pinned.run(command.procedureId(),
                command.steps(), caller, COMMAND_NAME, conductor::conduct).toPayload());
    }
}
