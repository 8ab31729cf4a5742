package org.cora.application.features.conductorholdprocedure;

import org.cora.application.conduct.AcceptedConduct;
import org.cora.application.conduct.BackgroundConducts;
import org.cora.application.conduct.PinnedConduct;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.conductor.ConductorResult;

/**
 * Orchestrates a conduct that pauses on a recoverable failure: as conduct, but a failed setpoint
 * or check holds the Procedure (resumable with conduct-from) instead of aborting it.
 */
public final class ConductOrHoldProcedureHandler {

    public static final String COMMAND_NAME = "ConductOrHoldProcedure";

    private final Authorize authorize;
    private final PinnedConduct pinned;
    private final Conductor conductor;
    private final BackgroundConducts background;

    public ConductOrHoldProcedureHandler(Authorize authorize, PinnedConduct pinned, Conductor conductor,
                                         BackgroundConducts background) {
        this.authorize = authorize;
        this.pinned = pinned;
        this.conductor = conductor;
        this.background = background;
    }

    public ConductorResult handle(ConductOrHoldProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return pinned.run(command.procedureId(), command.steps(), caller, COMMAND_NAME, conductor::conductOrHold);
    }

    /**
     * The same conduct on a background worker: returns once the Procedure is started, with every
     * refusal before that thrown here as {@link #handle} throws it; the result is recorded for later.
     */
    public AcceptedConduct handleInBackground(ConductOrHoldProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return background.start(command.procedureId(), caller, COMMAND_NAME, () -> pinned.run(command.procedureId(),
                command.steps(), caller, COMMAND_NAME, conductor::conductOrHold).toPayload());
    }
}
