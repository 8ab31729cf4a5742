package org.cora.application.features.removeplanwire;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.plan.PlanStreams;
import org.cora.domain.features.removeplanwire.RemovePlanWireCommand;
import org.cora.domain.features.removeplanwire.RemovePlanWireDecider;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanId;
import org.cora.domain.shared.Clock;

/** Removes one wire from a Plan. */
public final class RemovePlanWireHandler {

    public static final String COMMAND_NAME = "RemovePlanWire";

    private final Authorize authorize;
    private final PlanStreams streams;
    private final Clock clock;

    public RemovePlanWireHandler(Authorize authorize, PlanStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(RemovePlanWireCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<PlanId, Plan, PlanEvent> loaded = streams.load(command.planId());
        streams.append(loaded, RemovePlanWireDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
