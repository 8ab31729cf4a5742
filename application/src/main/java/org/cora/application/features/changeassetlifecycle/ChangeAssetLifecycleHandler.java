package org.cora.application.features.changeassetlifecycle;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.features.changeassetlifecycle.ChangeAssetLifecycleCommand;
import org.cora.domain.features.changeassetlifecycle.ChangeAssetLifecycleDecider;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.shared.Clock;

/** Moves an Asset along its lifecycle FSM. */
public final class ChangeAssetLifecycleHandler {

    public static final String COMMAND_NAME = "ChangeAssetLifecycle";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;

    public ChangeAssetLifecycleHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(ChangeAssetLifecycleCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(command.assetId());
        streams.append(loaded, ChangeAssetLifecycleDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
