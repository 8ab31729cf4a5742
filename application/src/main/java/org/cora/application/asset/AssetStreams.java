package org.cora.application.asset;

import org.cora.application.eventsourcing.AggregateStreams;
import org.cora.application.port.EventStore;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEventCodec;
import org.cora.domain.asset.AssetEvolver;
import org.cora.domain.asset.AssetId;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.shared.IdGenerator;

/** Loads and appends Asset streams (stream type {@value AssetEvent#STREAM_TYPE}). */
public final class AssetStreams extends AggregateStreams<AssetId, Asset, AssetEvent> {

    public AssetStreams(EventStore store, IdGenerator ids) {
        super(store, ids, AssetEvent.STREAM_TYPE, AssetId::value, AssetEventCodec::fromStored, AssetEventCodec::toPayload,
                AssetEvolver::fold);
    }

    /** The Asset as it is now, or {@link AssetNotFoundError}. */
    public Asset require(AssetId id) {
        Asset state = load(id).state();
        if (state == null) {
            throw new AssetNotFoundError(id);
        }
        return state;
    }
}
