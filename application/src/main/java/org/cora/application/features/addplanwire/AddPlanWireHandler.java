package org.cora.application.features.addplanwire;

import org.cora.application.asset.AssetStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.plan.PlanStreams;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.addplanwire.AddPlanWireCommand;
import org.cora.domain.features.addplanwire.AddPlanWireDecider;
import org.cora.domain.plan.Plan;
import org.cora.domain.plan.PlanEvent;
import org.cora.domain.plan.PlanId;
import org.cora.domain.shared.Clock;

/** Adds a wire to a Plan: loads the Plan and the two Assets, and lets the decider apply every wire rule. */
public final class AddPlanWireHandler {

    public static final String COMMAND_NAME = "AddPlanWire";

    private final Authorize authorize;
    private final PlanStreams plans;
    private final AssetStreams assets;
    private final Clock clock;

    public AddPlanWireHandler(Authorize authorize, PlanStreams plans, AssetStreams assets, Clock clock) {
        this.authorize = authorize;
        this.plans = plans;
        this.assets = assets;
        this.clock = clock;
    }

    public void handle(AddPlanWireCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<PlanId, Plan, PlanEvent> loaded = plans.load(command.planId());
        Asset source = command.sourceAssetId() == null ? null : assets.load(new AssetId(command.sourceAssetId())).state();
        Asset target = command.targetAssetId() == null ? null : assets.load(new AssetId(command.targetAssetId())).state();
        plans.append(loaded, AddPlanWireDecider.decide(loaded.state(), command, source, target, clock.now()), caller,
                COMMAND_NAME);
    }
}
