package org.cora.application.features.updateassetpartitionrule;

import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.features.updateassetpartitionrule.UpdateAssetPartitionRuleCommand;
import org.cora.domain.features.updateassetpartitionrule.UpdateAssetPartitionRuleDecider;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.shared.Clock;

/** Sets, changes or clears an Asset's partition rule; an identical rule appends nothing. */
public final class UpdateAssetPartitionRuleHandler {

    public static final String COMMAND_NAME = "UpdateAssetPartitionRule";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;

    public UpdateAssetPartitionRuleHandler(Authorize authorize, AssetStreams streams, Clock clock) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
    }

    public void handle(UpdateAssetPartitionRuleCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(command.assetId());
        streams.append(loaded, UpdateAssetPartitionRuleDecider.decide(loaded.state(), command, clock.now()), caller, COMMAND_NAME);
    }
}
