package org.cora.application.features.registerasset;

import org.cora.application.asset.AssetStreams;
import org.cora.application.eventsourcing.LoadedAggregate;
import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetId;
import org.cora.domain.features.registerasset.RegisterAssetCommand;
import org.cora.domain.features.registerasset.RegisterAssetDecider;
import org.cora.domain.shared.Clock;
import org.cora.domain.shared.IdGenerator;

/** Registers an Asset under a fresh UUIDv7 and returns its id. */
public final class RegisterAssetHandler {

    public static final String COMMAND_NAME = "RegisterAsset";

    private final Authorize authorize;
    private final AssetStreams streams;
    private final Clock clock;
    private final IdGenerator ids;

    public RegisterAssetHandler(Authorize authorize, AssetStreams streams, Clock clock, IdGenerator ids) {
        this.authorize = authorize;
        this.streams = streams;
        this.clock = clock;
        this.ids = ids;
    }

    public AssetId handle(RegisterAssetCommand command, Caller caller) {
        authorize.authorize(caller.principal(), COMMAND_NAME);
        AssetId id = new AssetId(ids.newId());
        LoadedAggregate<AssetId, Asset, AssetEvent> loaded = streams.load(id);
        streams.append(loaded, RegisterAssetDecider.decide(loaded.state(), command, id, clock.now()), caller,
                COMMAND_NAME);
        return id;
    }
}
