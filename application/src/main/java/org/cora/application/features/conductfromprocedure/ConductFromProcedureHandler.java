package org.cora.application.features.conductfromprocedure;

import org.cora.application.conduct.AcceptedConduct;
import org.cora.application.conduct.BackgroundConducts;
import org.cora.application.conduct.ConductSession;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.port.JournalRow;
import org.cora.application.port.JournalStore;
import org.cora.application.procedure.LoadedProcedure;
import org.cora.application.procedure.ProcedureStreams;
import org.cora.domain.conductor.ConductCall;
import org.cora.domain.conductor.Conductor;
import org.cora.domain.conductor.ConductorResult;
import org.cora.domain.resume.AcquisitionHalt;
import org.cora.domain.resume.ResumePlan;
import org.cora.domain.shared.Clock;

/**
 * Resumes a Held Procedure from its pinned list, in this order: authorize; take the conduct lock;
 * load; refuse anything not Held before reading further; read the pin of the conduct that started
 * and verify it; settle the boundary (asked for, else computed) and the captures; then let the
 * Conductor resume, replay and complete, halt for the operator at an action (recorded as
 * {@code ProcedureAcquisitionHalted}, the Procedure staying Running), hold, or abort.
 */
public final class ConductFromProcedureHandler {

    public static final String COMMAND_NAME = "ConductFromProcedure";

    private final Authorize authorize;
    private final ProcedureStreams streams;
    private final JournalStore journal;
    private final Conductor conductor;
    private final ConductSession session;
    private final Clock clock;
    private final BackgroundConducts background;

    public ConductFromProcedureHandler(Authorize authorize, ProcedureStreams streams, JournalStore journal,
                                       Conductor conductor, ConductSession session, Clock clock,
                                       BackgroundConducts background) {
        this.authorize = authorize;
        this.streams = streams;
        this.journal = journal;
        this.conductor = conductor;
        this.session = session;
        this.clock = clock;
        this.background = background;
    }

    public ConductFromResult handle(ConductFromProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return session.exclusively(command.procedureId(), () -> replay(command, caller));
    }

    /**
     * The same replay on a background worker: returns once the Procedure is resumed, with every
     * refusal before that thrown here as {@link #handle} throws it; the result is recorded for later.
     */
    public AcceptedConduct handleInBackground(ConductFromProcedureCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        return background.start(command.procedureId(), caller, COMMAND_NAME,
                () -> session.exclusively(command.procedureId(), () -> replay(command, caller)).toPayload());
    }

    private ConductFromResult replay(ConductFromProcedureCommand command, Caller caller) {
        LoadedProcedure loaded = streams.loadFromStore(command.procedureId());
        ResumePlan plan = ResumePlan.plan(command.procedureId(), loaded.state(), loaded.events(),
                command.reEstablishmentBoundary(), journal.lastStepRow(command.procedureId()).map(JournalRow::payload),
                command.restoreCaptures(), journal.listOfKind(command.procedureId(), "capture").stream()
                        .map(JournalRow::payload).toList());
        ConductorResult result = conductor.conductFrom(
                new ConductCall(command.procedureId(), caller.principal(), caller.correlationId()),
                plan.steps(), plan.boundary(), loaded.require().actuationKind(), plan.captures());
        LoadedProcedure after = streams.load(command.procedureId());
        streams.append(after, AcquisitionHalt.decide(command.procedureId(), result, clock.now()), caller,
                COMMAND_NAME);
        return new ConductFromResult(result, plan.boundary(), plan.computed());
    }
}
