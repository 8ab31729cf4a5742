package org.cora.application.features.removeassetport;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.features.removeassetport.RemoveAssetPortCommand;
import org.cora.domain.features.removeassetport.RemoveAssetPortDecider;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.shared.Clock;

/** Removes a port from an Asset. */
public final class RemoveAssetPortHandler {

    public static final String COMMAND_NAME = "RemoveAssetPort";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;

    public RemoveAssetPortHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(RemoveAssetPortCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(command.assetId());
        streams.append(loaded, RemoveAssetPortDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
