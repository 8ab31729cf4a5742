package org.cora.application.features.bindassetcontrol;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.features.bindassetcontrol.BindAssetControlCommand;
import org.cora.domain.features.bindassetcontrol.BindAssetControlDecider;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.shared.Clock;

/** Binds an Asset's setpoint (and readback) address; identical addresses append nothing. */
public final class BindAssetControlHandler {

    public static final String COMMAND_NAME = "BindAssetControl";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;

    public BindAssetControlHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(BindAssetControlCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(command.assetId());
        streams.append(loaded, BindAssetControlDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
