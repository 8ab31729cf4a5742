package org.cora.domain.features.removeassetport;

import java.time.Instant;
import java.util.List;
import org.cora.domain.asset.Asset;
import org.cora.domain.asset.AssetDecommissionedError;
import org.cora.domain.asset.AssetEvent;
import org.cora.domain.asset.AssetEvent.AssetPortRemoved;
import org.cora.domain.asset.AssetNotFoundError;
import org.cora.domain.asset.AssetPort;
import org.cora.domain.asset.AssetPortNotFoundError;

/**
 * Invariants, in order: the Asset exists; the port name is 1..100 trimmed; the Asset is not
 * Decommissioned; the port exists (strict: removing it twice is refused). Emits {@code AssetPortRemoved}.
 */
public final class RemoveAssetPortDecider {

    private RemoveAssetPortDecider() {
    }

    public static List<AssetEvent> decide(Asset state, RemoveAssetPortCommand command, Instant now) {
        if (state == null) {
            throw new AssetNotFoundError(command.assetId());
        }
        String name = AssetPort.portName(command.portName());
        if (state.isDecommissioned()) {
            throw new AssetDecommissionedError(state.id(), "remove a port");
        }
        if (state.port(name).isEmpty()) {
            throw new AssetPortNotFoundError(state.id(), name);
        }
        return List.of(new AssetPortRemoved(state.id(), name, now));
    }
}
