package org.cora.application.features.addassetport;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.features.addassetport.AddAssetPortCommand;
import org.cora.domain.features.addassetport.AddAssetPortDecider;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.shared.Clock;

/** Declares one more port on an Asset. */
public final class AddAssetPortHandler {

    public static final String COMMAND_NAME = "AddAssetPort";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;

    public AddAssetPortHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(AddAssetPortCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(command.assetId());
        streams.append(loaded, AddAssetPortDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
