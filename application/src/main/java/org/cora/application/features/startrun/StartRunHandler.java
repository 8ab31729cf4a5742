package org.cora.application.features.startrun;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.plan.PlanStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.run.RunStreams;
import org.cora.domain.features.startrun.StartRunCommand;
import org.cora.domain.features.startrun.StartRunDecider;
import org.cora.domain.plan.Plan;
import org.cora.domain.run.Run;
import org.cora.domain.run.RunEvent;
import org.cora.domain.run.RunId;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Starts a Run of an existing Plan under a fresh UUIDv7 and returns its id. */
public final class StartRunHandler {

    public static final String COMMAND_NAME = "StartRun";

    private final Authorize authorize;
    private final RunStreams runs;
    private final PlanStreams plans;
    private final Clock clock;
    private final IdGenerator ids;

    public StartRunHandler(Authorize authorize, RunStreams runs, PlanStreams plans, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.runs = runs;
        this.plans = plans;
        this.clock = clock;
        this.ids = ids;
    }

    public RunId handle(StartRunCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        RunId id = new RunId(ids.newId());
        Plan plan = plans.load(command.planId()).state();
        LoadedAggregate<RunId, Run, RunEvent> loaded = runs.load(id);
        runs.append(loaded, StartRunDecider.decide(loaded.state(), command, plan, id, clock.now()), caller, COMMAND_NAME);
        return id;
    }
}
