package org.cora.application.features.getasset;

import org.cora.application.port.Authorize;
import org.cora.application.port.Caller;
import org.cora.application.asset.AssetStreams;
import org.cora.domain.asset.Asset;

/** Folds the Asset's stream on read; an unknown id is {@code AssetNotFoundError}. */
public final class GetAssetHandler {

    public static final String QUERY_NAME = "GetAsset";

    private final Authorize authorize;
    private final AssetStreams streams;

    public GetAssetHandler(Authorize authorize, AssetStreams streams) {
        this.authorize = authorize;
        this.streams = streams;
    }

    public Asset handle(GetAssetQuery query, Caller caller) {
        authorize.authorize(caller.principal(), QUERY_NAME);
        return streams.require(query.assetId());
    }
}
