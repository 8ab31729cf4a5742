package org.cora.application.features.defineplan;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.plan.PlanStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.features.defineplan.DefinePlanCommand;
import org.cora.domain.features.defineplan.DefinePlanDecider;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanId;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Defines a Plan under a fresh UUIDv7 and returns its id. */
public final class DefinePlanHandler {

    public static final String COMMAND_NAME = "DefinePlan";

    private final Authorize authorize;
    private final PlanStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public DefinePlanHandler(Authorize authorize, PlanStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public PlanId handle(DefinePlanCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        PlanId id = new PlanId(ids.newId());
        LoadedAggregate<PlanId, Plan, PlanEvent> loaded = streams.load(id);
        streams.append(loaded, DefinePlanDecider.decide(loaded.state(), command, id, clock.now()), caller, COMMAND_NAME);
        return id;
    }
}
